#compdef amity
# zsh completion for amity, generated from its command model by the build (amity.cli.GenerateDocs).
# Install it as _amity in a folder of $fpath, or source it.

# The fields of a field set as name:meaning, into reply.
_amity_field_names() {
    case $1 in
        agreements) reply=('id:the agreement'\''s id' 'parties:the two places'\'' ids' 'names:the two places'\'' names' 'countries:the two places'\'' ISO country codes' 'continents:the two places'\'' continents' 'type:sister-city, friendship-city, cooperation, ...' 'level:municipal, district or provincial' 'signed:when it was signed: as written, else what the attestations allow' 'year:the year(s) it was signed in' 'decade:the decade(s) it was signed in' 'ended:when it ended; empty while it lasts' 'attestations:how many source statements it has' 'sources:the ids of the sources that attest it' 'publishers:the publishers of those sources' 'predecessors:the types of the earlier agreements it followed' 'notes:the data keeper'\''s notes' 'certainty:implied (read from context) or uncertain (a doubtful list entry); empty when the sources state the tie') ;;
        programs) reply=('id:the program'\''s id' 'name:its name' 'aliases:other names it goes by' 'kind:committee, training, festival, forum, conference, ...' 'participants:the places taking part' 'started:when it started' 'year:the year(s) it started' 'decade:the decade(s) it started' 'ended:when it ended' 'recurrence:once, annual, biennial, irregular or ongoing' 'editions:how many dated occurrences are recorded' 'sources:the ids of the sources that attest it' 'notes:the data keeper'\''s notes') ;;
        figures) reply=('id:the figure'\''s id' 'subject:what it counts for: a place id or a label' 'metric:what it counts (sister-cities, delegations, ...)' 'scope:what the number covers' 'value:the number as reported' 'qualifier:exact, about, more-than, at-least, less-than, at-most' 'reported:the value with its qualifier, as a reader says it' 'unit:what one of it is' 'as_of:the date the number describes' 'year:the year(s) of as_of' 'source.id:the id of the source reporting it' 'source.publisher:that source'\''s publisher' 'source.published:when that source was published' 'quote:the source'\''s words, verbatim' 'derivable:whether it has a counts rule' 'part_of:the figure it is a part of' 'rank_of:the agreement an ordinal is about' 'alternative_to:the other reading of the same words' 'interpretation:how an ambiguous sentence was read' 'notes:the data keeper'\''s notes') ;;
        sources) reply=('id:the source'\''s id' 'publisher:who published it' 'published:when it was published' 'year:the year it was published' 'title:its title' 'url:where it is found' 'copy_of:the official page it copies' 'kind:document, or compiled (a secondary list whose rows are its statements)' 'attests:how many agreements and programs it attests' 'cited:how many statements of other sources cite it' 'figures:how many figures it reports' 'notes:the data keeper'\''s notes') ;;
        places) reply=('id:the place'\''s id' 'name:its name in English' 'names:other names: exonyms, native script' 'level:city, municipality, district, province, state, region, ...' 'country:its ISO 3166-1 country code' 'country_name:its country'\''s name' 'continent:its continent (Asia, Europe, North America, ...): the place'\''s own, else its country'\''s' 'region:its UN M49 region (Africa, Americas, Asia, Europe, Oceania): the place'\''s own, else its country'\''s' 'subregion:its UN M49 sub-region' 'part_of:the place it is part of' 'capital:whether it is a national capital' 'agreements:how many agreements it is party to' 'notes:the data keeper'\''s notes') ;;
        agreements-of) reply=('id:the agreement'\''s id' 'parties:the two places'\'' ids' 'names:the two places'\'' names' 'countries:the two places'\'' ISO country codes' 'continents:the two places'\'' continents' 'type:sister-city, friendship-city, cooperation, ...' 'level:municipal, district or provincial' 'signed:when it was signed: as written, else what the attestations allow' 'year:the year(s) it was signed in' 'decade:the decade(s) it was signed in' 'ended:when it ended; empty while it lasts' 'attestations:how many source statements it has' 'sources:the ids of the sources that attest it' 'publishers:the publishers of those sources' 'predecessors:the types of the earlier agreements it followed' 'notes:the data keeper'\''s notes' 'certainty:implied (read from context) or uncertain (a doubtful list entry); empty when the sources state the tie' 'partner.id:the other party'\''s place id (partner is accepted for it)' 'partner.name:the other party'\''s name' 'partner.level:the other party'\''s level (city, province, ...)' 'partner.capital:whether the other party is a national capital' 'partner.country:the other party'\''s ISO 3166-1 country code' 'partner.country_name:the other party'\''s country'\''s name' 'partner.continent:the other party'\''s continent (Asia, Europe, North America, ...): the place'\''s own, else its country'\''s' 'partner.region:the other party'\''s UN M49 region (Africa, Americas, Asia, Europe, Oceania): the place'\''s own, else its country'\''s' 'partner.subregion:the other party'\''s UN M49 sub-region') ;;
        findings) reply=('key:the finding'\''s stable name, for acknowledgements' 'check:figure, series, breakdown, rank, joint, readings or dates' 'subject:the place or label the figure is about' 'metric:what is counted (for dates: the agreement type)' 'as_of:the date the finding is about' 'source:the ids of the source(s) of the figure or dates' 'reported:the reported value with its qualifier (for series: the step)' 'reported_value:the reported number (none for a step or a date)' 'qualifier:the reported number'\''s qualifier: exact, about, more-than, ...' 'derived:what the records give, lo..hi' 'difference:reported minus derived: positive when the records are short' 'status:conflicts, records-short, possible, undecided, not-recorded, confirmed or unverifiable' 'needed:for a possible verdict: how many of the deciding records must fall its way (at least)' 'deciding:for a possible verdict: the records of uncertain date that decide it' 'figures:the figures a series or joint finding involves' 'depends_on_implied:whether the verdict differs without the records marked certainty: implied or uncertain' 'implied_records:the records marked implied or uncertain the verdict depends on' 'undecided:whether the solver reached its work budget on the way: the status undecided, or a joint set that may not be the smallest' 'acknowledged:whether the data acknowledges the finding' 'acknowledgement:the data keeper'\''s reason, when the finding is acknowledged' 'explanation:one sentence saying why' 'digest:a fingerprint of the finding'\''s inputs, for acknowledgements') ;;
        *) reply=() ;;
    esac
}

# The options of command $1 that take a value, into REPLY (a space around each).
_amity_valued() {
    case $1 in
        '') REPLY='  ' ;;
        reconcile) REPLY=' --data -o --format --fields --sort --limit --output --color --delimiter --status --check --subject --metric --fail-on --where --explain ' ;;
        list) REPLY=' --data --of --as-of -o --format --fields --sort --limit --output --color --delimiter --where ' ;;
        filter) REPLY=' --data --of --as-of -o --format --fields --sort --limit --output --color --delimiter ' ;;
        show) REPLY=' --data -o --format --fields --sort --limit --output --color --delimiter ' ;;
        aggregate) REPLY=' --data --of --as-of -o --format --fields --sort --limit --output --color --delimiter --by --where --across --distinct --sum --min --max --mean --unknown ' ;;
        fields) REPLY=' -o --format --fields --sort --limit --output --color --delimiter ' ;;
        check) REPLY=' --data -o --format ' ;;
        import) REPLY=' --data --rules --output --delimiter --sheet -o --format ' ;;
        shell) REPLY=' --data ' ;;
        help) REPLY='  ' ;;
        *) REPLY= ;;
    esac
}

# The options of command $1 as name:description, into reply.
_amity_options() {
    case $1 in
        '') reply=('--debug:On an internal error, print the Java stack trace.' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.') ;;
        reconcile) reply=('--data:A data file or folder (repeatable; '\''-'\'' reads standard input). Default:...' '-o:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--format:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--fields:The columns to show, in this order (see amity fields TYPE).' '--sort:Sort by these fields (:asc or :desc); text by its letters with accents and...' '--limit:Show at most N rows (1 or more).' '--no-header:Leave out the header row (table, csv, tsv, markdown).' '--output:Write to FILE instead of standard output: whole or not at all (a temporary...' '-e:Exit 1 when no row matched, as grep does.' '--fail-if-empty:Exit 1 when no row matched, as grep does.' '--color:auto, always, never (default: auto: only on a terminal, never with NO_COLOR...' '--wide:Do not truncate table cells to the terminal width.' '--bom:Start CSV/TSV output with a UTF-8 byte order mark, for Excel.' '--delimiter:The CSV field separator (default '\'','\''); not the quote or a line end, and only...' '--raw:Do not guard CSV/TSV cells that start with = + - @, tab or CR against...' '--status:Only findings with these statuses (conflicts, records-short, possible,...' '--check:Only these checks: figure, series, breakdown, rank, joint, readings, dates.' '--subject:Only findings about this subject.' '--metric:Only findings about this metric.' '--fail-on:Exit 1 when an unacknowledged finding has one of these statuses (default:...' '--where:Only findings for which EXPRESSION holds, over the fields of amity fields...' '--explain:For a figure id, or the key of a finding about one: the records that...' '--implied:For each agreement of uncertain date that figures constrain: its recorded...' '--without-implied:Reconcile as if the agreements marked certainty: implied or uncertain were...' '--chart:For each series, a timeline of the count the records give (a band: certain...' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        list) reply=('--data:A data file or folder (repeatable; '\''-'\'' reads standard input). Default:...' '--of:Agreements from one party'\''s side: only that place'\''s agreements, with partner,...' '--as-of:The records as they stood at the end of DATE (an EDTF date: 2016 means at the...' '--include-possible:Also keep records for which the conditions possibly hold (uncertain dates),...' '-o:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--format:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--fields:The columns to show, in this order (see amity fields TYPE).' '--sort:Sort by these fields (:asc or :desc); text by its letters with accents and...' '--limit:Show at most N rows (1 or more).' '--no-header:Leave out the header row (table, csv, tsv, markdown).' '--output:Write to FILE instead of standard output: whole or not at all (a temporary...' '-e:Exit 1 when no row matched, as grep does.' '--fail-if-empty:Exit 1 when no row matched, as grep does.' '--color:auto, always, never (default: auto: only on a terminal, never with NO_COLOR...' '--wide:Do not truncate table cells to the terminal width.' '--bom:Start CSV/TSV output with a UTF-8 byte order mark, for Excel.' '--delimiter:The CSV field separator (default '\'','\''); not the quote or a line end, and only...' '--raw:Do not guard CSV/TSV cells that start with = + - @, tab or CR against...' '--where:Only records for which EXPRESSION holds (the language of amity filter; field...' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        filter) reply=('--data:A data file or folder (repeatable; '\''-'\'' reads standard input). Default:...' '--of:Agreements from one party'\''s side: only that place'\''s agreements, with partner,...' '--as-of:The records as they stood at the end of DATE (an EDTF date: 2016 means at the...' '--include-possible:Also keep records for which the conditions possibly hold (uncertain dates),...' '-o:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--format:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--fields:The columns to show, in this order (see amity fields TYPE).' '--sort:Sort by these fields (:asc or :desc); text by its letters with accents and...' '--limit:Show at most N rows (1 or more).' '--no-header:Leave out the header row (table, csv, tsv, markdown).' '--output:Write to FILE instead of standard output: whole or not at all (a temporary...' '-e:Exit 1 when no row matched, as grep does.' '--fail-if-empty:Exit 1 when no row matched, as grep does.' '--color:auto, always, never (default: auto: only on a terminal, never with NO_COLOR...' '--wide:Do not truncate table cells to the terminal width.' '--bom:Start CSV/TSV output with a UTF-8 byte order mark, for Excel.' '--delimiter:The CSV field separator (default '\'','\''); not the quote or a line end, and only...' '--raw:Do not guard CSV/TSV cells that start with = + - @, tab or CR against...' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        show) reply=('--data:A data file or folder (repeatable; '\''-'\'' reads standard input). Default:...' '-o:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--format:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--fields:The columns to show, in this order (see amity fields TYPE).' '--sort:Sort by these fields (:asc or :desc); text by its letters with accents and...' '--limit:Show at most N rows (1 or more).' '--no-header:Leave out the header row (table, csv, tsv, markdown).' '--output:Write to FILE instead of standard output: whole or not at all (a temporary...' '-e:Exit 1 when no row matched, as grep does.' '--fail-if-empty:Exit 1 when no row matched, as grep does.' '--color:auto, always, never (default: auto: only on a terminal, never with NO_COLOR...' '--wide:Do not truncate table cells to the terminal width.' '--bom:Start CSV/TSV output with a UTF-8 byte order mark, for Excel.' '--delimiter:The CSV field separator (default '\'','\''); not the quote or a line end, and only...' '--raw:Do not guard CSV/TSV cells that start with = + - @, tab or CR against...' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        aggregate) reply=('--data:A data file or folder (repeatable; '\''-'\'' reads standard input). Default:...' '--of:Agreements from one party'\''s side: only that place'\''s agreements, with partner,...' '--as-of:The records as they stood at the end of DATE (an EDTF date: 2016 means at the...' '--include-possible:Also keep records for which the conditions possibly hold (uncertain dates),...' '-o:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--format:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--fields:The columns to show, in this order (see amity fields TYPE).' '--sort:Sort by these fields (:asc or :desc); text by its letters with accents and...' '--limit:Show at most N rows (1 or more).' '--no-header:Leave out the header row (table, csv, tsv, markdown).' '--output:Write to FILE instead of standard output: whole or not at all (a temporary...' '-e:Exit 1 when no row matched, as grep does.' '--fail-if-empty:Exit 1 when no row matched, as grep does.' '--color:auto, always, never (default: auto: only on a terminal, never with NO_COLOR...' '--wide:Do not truncate table cells to the terminal width.' '--bom:Start CSV/TSV output with a UTF-8 byte order mark, for Excel.' '--delimiter:The CSV field separator (default '\'','\''); not the quote or a line end, and only...' '--raw:Do not guard CSV/TSV cells that start with = + - @, tab or CR against...' '--by:The field(s) to group by: any field, e.g. year, decade, country, region,...' '--where:Only records for which EXPRESSION holds.' '--across:A cross-tab: rows by --by, columns by FIELD, with row and column totals.' '--distinct:Also count the distinct values of FIELD.' '--sum:Also sum the number field FIELD.' '--min:Also give the smallest value of FIELD.' '--max:Also give the largest value of FIELD.' '--mean:Also give the mean of FIELD.' '--cumulative:Running totals over a time key (year or decade): how many there were at the...' '--unknown:What to do with a date spanning several buckets: range (count it as possible...' '--chart:Draw a horizontal bar chart of the count (certain part solid, possible part...' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        fields) reply=('-o:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--format:table, csv, tsv, json, jsonl or markdown (default: table); report for...' '--fields:The columns to show, in this order (see amity fields TYPE).' '--sort:Sort by these fields (:asc or :desc); text by its letters with accents and...' '--limit:Show at most N rows (1 or more).' '--no-header:Leave out the header row (table, csv, tsv, markdown).' '--output:Write to FILE instead of standard output: whole or not at all (a temporary...' '-e:Exit 1 when no row matched, as grep does.' '--fail-if-empty:Exit 1 when no row matched, as grep does.' '--color:auto, always, never (default: auto: only on a terminal, never with NO_COLOR...' '--wide:Do not truncate table cells to the terminal width.' '--bom:Start CSV/TSV output with a UTF-8 byte order mark, for Excel.' '--delimiter:The CSV field separator (default '\'','\''); not the quote or a line end, and only...' '--raw:Do not guard CSV/TSV cells that start with = + - @, tab or CR against...' '--of:Include the partner fields agreements have when seen with --of.' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        check) reply=('--data:A data file or folder (repeatable; '\''-'\'' reads standard input). Default:...' '-o:table (the messages as text, default), json or jsonl.' '--format:table (the messages as text, default), json or jsonl.' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        import) reply=('--data:A data file or folder (repeatable; '\''-'\'' reads standard input). Default:...' '--rules:What each row becomes: the format is in the description above (default:...' '--output:The data file to write (whole or not at all); an existing one keeps its...' '--dry-run:Show what would be added, and write nothing.' '--skip-unresolved:Import the rows that resolve; list the others on standard error.' '--delimiter:The CSV field separator (default: the one the header row uses of , ; tab |).' '--sheet:The sheet of an XLSX workbook (default: the first).' '-o:The --dry-run table as table, csv, tsv, json, jsonl or markdown (default:...' '--format:The --dry-run table as table, csv, tsv, json, jsonl or markdown (default:...' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        shell) reply=('--data:A data file or folder (repeatable; '\''-'\'' reads standard input). Default:...' '-h:Show this help message and exit.' '--help:Show this help message and exit.' '-V:Print version information and exit.' '--version:Print version information and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        help) reply=('-h:Show usage help for the help command and exit.' '--help:Show usage help for the help command and exit.' '--debug:On an internal error, print the Java stack trace.') ;;
        *) reply=() ;;
    esac
}

# The words command $1's first argument may be (commands as name:description), into reply.
_amity_arguments() {
    case $1 in
        '') reply=('reconcile:Check every reported figure against the records and against the other...' 'list:List the records of one type: agreements, programs, figures, sources or places.' 'filter:List the records of one type for which EXPRESSION holds.' 'show:Show one record in full (any type, by id), with its attestations and...' 'aggregate:Group records by one or more fields and count them (or compute distinct...' 'fields:List the fields an expression, --fields, --sort or --by may use on a record...' 'check:Read every data file and report every problem at once: file:line:column, the...' 'import:Bring a spreadsheet of agreements (CSV, TSV or XLSX) into the records:...' 'shell:An interactive session: the data is read once, so repeated queries answer at...' 'help:Display help information about the specified command.') ;;
        reconcile) reply=() ;;
        list) reply=('agreements' 'programs' 'figures' 'sources' 'places') ;;
        filter) reply=('agreements' 'programs' 'figures' 'sources' 'places') ;;
        show) reply=() ;;
        aggregate) reply=('agreements' 'programs' 'figures' 'sources' 'places') ;;
        fields) reply=('agreements' 'programs' 'figures' 'sources' 'places' 'findings') ;;
        check) reply=() ;;
        import) reply=() ;;
        shell) reply=() ;;
        help) reply=('reconcile' 'list' 'filter' 'show' 'aggregate' 'fields' 'check' 'import' 'shell' 'help') ;;
        *) reply=() ;;
    esac
}

# Completes the value of option $2 of command $1; $3 is the TYPE argument, $4 is 1 after --of.
_amity_value() {
    case "$1 $2" in
        'reconcile --data') _files ;;
        'reconcile -o'|'reconcile --format') _amity_choose one 'table' 'report' 'csv' 'tsv' 'json' 'jsonl' 'markdown' 'svg' ;;
        'reconcile --fields') _amity_fields list findings "$4" ;;
        'reconcile --sort') _amity_fields list findings "$4" ;;
        'reconcile --limit') _message 'N' ;;
        'reconcile --output') _files ;;
        'reconcile --color') _amity_choose one 'auto' 'always' 'never' ;;
        'reconcile --delimiter') _message 'CHAR' ;;
        'reconcile --status') _amity_choose list 'conflicts' 'records-short' 'possible' 'undecided' 'not-recorded' 'confirmed' 'unverifiable' 'acknowledged' 'unacknowledged' ;;
        'reconcile --check') _amity_choose list 'figure' 'series' 'breakdown' 'rank' 'joint' 'readings' 'dates' ;;
        'reconcile --subject') _message 'ID' ;;
        'reconcile --metric') _message 'METRIC' ;;
        'reconcile --fail-on') _amity_choose list 'conflicts' 'records-short' 'possible' 'undecided' 'not-recorded' 'confirmed' 'unverifiable' 'none' ;;
        'reconcile --where') _message 'EXPRESSION' ;;
        'reconcile --explain') _message 'ID' ;;
        'list --data') _files ;;
        'list --of') _message 'PLACE' ;;
        'list --as-of') _message 'DATE' ;;
        'list -o'|'list --format') _amity_choose one 'table' 'csv' 'tsv' 'json' 'jsonl' 'markdown' ;;
        'list --fields') _amity_fields list "$3" "$4" ;;
        'list --sort') _amity_fields list "$3" "$4" ;;
        'list --limit') _message 'N' ;;
        'list --output') _files ;;
        'list --color') _amity_choose one 'auto' 'always' 'never' ;;
        'list --delimiter') _message 'CHAR' ;;
        'list --where') _message 'EXPRESSION' ;;
        'filter --data') _files ;;
        'filter --of') _message 'PLACE' ;;
        'filter --as-of') _message 'DATE' ;;
        'filter -o'|'filter --format') _amity_choose one 'table' 'csv' 'tsv' 'json' 'jsonl' 'markdown' ;;
        'filter --fields') _amity_fields list "$3" "$4" ;;
        'filter --sort') _amity_fields list "$3" "$4" ;;
        'filter --limit') _message 'N' ;;
        'filter --output') _files ;;
        'filter --color') _amity_choose one 'auto' 'always' 'never' ;;
        'filter --delimiter') _message 'CHAR' ;;
        'show --data') _files ;;
        'show -o'|'show --format') _amity_choose one 'table' 'csv' 'tsv' 'json' 'jsonl' 'markdown' ;;
        'show --fields') _message 'A,B,C' ;;
        'show --sort') _message 'F1,F2:desc' ;;
        'show --limit') _message 'N' ;;
        'show --output') _files ;;
        'show --color') _amity_choose one 'auto' 'always' 'never' ;;
        'show --delimiter') _message 'CHAR' ;;
        'aggregate --data') _files ;;
        'aggregate --of') _message 'PLACE' ;;
        'aggregate --as-of') _message 'DATE' ;;
        'aggregate -o'|'aggregate --format') _amity_choose one 'table' 'csv' 'tsv' 'json' 'jsonl' 'markdown' ;;
        'aggregate --fields') _amity_fields list "$3" "$4" ;;
        'aggregate --sort') _amity_fields list "$3" "$4" ;;
        'aggregate --limit') _message 'N' ;;
        'aggregate --output') _files ;;
        'aggregate --color') _amity_choose one 'auto' 'always' 'never' ;;
        'aggregate --delimiter') _message 'CHAR' ;;
        'aggregate --by') _amity_fields list "$3" "$4" ;;
        'aggregate --where') _message 'EXPRESSION' ;;
        'aggregate --across') _amity_fields one "$3" "$4" ;;
        'aggregate --distinct') _amity_fields one "$3" "$4" ;;
        'aggregate --sum') _amity_fields one "$3" "$4" ;;
        'aggregate --min') _amity_fields one "$3" "$4" ;;
        'aggregate --max') _amity_fields one "$3" "$4" ;;
        'aggregate --mean') _amity_fields one "$3" "$4" ;;
        'aggregate --unknown') _amity_choose one 'range' 'bucket' ;;
        'fields -o'|'fields --format') _amity_choose one 'table' 'csv' 'tsv' 'json' 'jsonl' 'markdown' ;;
        'fields --fields') _message 'A,B,C' ;;
        'fields --sort') _message 'F1,F2:desc' ;;
        'fields --limit') _message 'N' ;;
        'fields --output') _files ;;
        'fields --color') _amity_choose one 'auto' 'always' 'never' ;;
        'fields --delimiter') _message 'CHAR' ;;
        'check --data') _files ;;
        'check -o'|'check --format') _amity_choose one 'table' 'json' 'jsonl' ;;
        'import --data') _files ;;
        'import --rules') _files ;;
        'import --output') _files ;;
        'import --delimiter') _message 'CHAR' ;;
        'import --sheet') _message 'NAME' ;;
        'import -o'|'import --format') _amity_choose one 'table' 'csv' 'tsv' 'json' 'jsonl' 'markdown' ;;
        'shell --data') _files ;;
        *) _message value ;;
    esac
}

# The command, its first argument and whether --of was given (into cmd, arg and of), from
# word $1 up to word $2, stepping over option values.
_amity_walk() {
    local skip= w i
    for ((i = $1; i < $2; i++)); do
        w=${words[i]}
        if [[ $w == = ]]; then
            skip=1
            continue
        fi
        if [[ -n $skip ]]; then
            skip=
            continue
        fi
        case $w in
            --of=*) of=1 ;;
            --*=*) ;;
            -*)
                _amity_valued "$cmd"
                [[ $REPLY == *" $w "* ]] && skip=1
                [[ $w == --of ]] && of=1
                ;;
            *)
                if [[ -z $cmd ]]; then
                    cmd=$w
                elif [[ -z $arg ]]; then
                    arg=$w
                fi
                ;;
        esac
    done
}

# $1: 'list' for a comma-separated value, else 'one'; then the values.
_amity_choose() {
    local kind=$1
    shift
    if [[ $kind == list ]]; then
        compset -P '*,'
        compadd -qS, -- "$@"
    else
        compadd -- "$@"
    fi
}

# $1: 'list' or 'one'; $2 the field set or record type; $3 1 after --of.
_amity_fields() {
    local -a reply
    local set=$2
    if [[ $set == agreements && -n $3 ]]; then
        set=agreements-of
    fi
    _amity_field_names $set
    if [[ $1 == list ]]; then
        compset -P '*,'
        _describe -t fields field reply -qS,
    else
        _describe -t fields field reply
    fi
}

_amity() {
    local -a reply
    local REPLY
    local cur=${words[CURRENT]} cmd= arg= of= opt=
    _amity_walk 2 "$CURRENT"
    _amity_valued "$cmd"
    if [[ $cur == --*=* ]]; then
        opt=${cur%%=*}
        compset -P '*='
    elif (( CURRENT > 2 )) && [[ $REPLY == *" ${words[CURRENT-1]} "* ]]; then
        opt=${words[CURRENT-1]}
    fi
    if [[ -n $opt ]]; then
        _amity_value "$cmd" "$opt" "$arg" "$of"
        return
    fi
    if [[ $cur == -* ]]; then
        _amity_options "$cmd"
        _describe -t options option reply
        return
    fi
    if [[ -z $cmd ]]; then
        _amity_arguments ''
        _describe -t commands command reply
    elif [[ -z $arg ]]; then
        _amity_arguments "$cmd"
        (( $#reply )) && compadd -a reply
    fi
}

if [[ $funcstack[1] == _amity ]]; then
    # Autoloaded from $fpath: this file is the body of _amity; complete now.
    _amity "$@"
else
    # Sourced: register with the completion system, starting it if need be.
    (( $+functions[compdef] )) || { autoload -Uz compinit && compinit; }
    compdef _amity amity
fi
