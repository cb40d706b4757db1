# fish completion for amity, generated from its command model by the build (amity.cli.GenerateDocs).
# Install it as amity.fish in ~/.config/fish/completions/, or source it.

# The fields of a field set, one 'name<TAB>meaning' a line.
function __amity_field_names
    switch $argv[1]
        case agreements
            printf '%s\n' 'id	the agreement\'s id' 'parties	the two places\' ids' 'names	the two places\' names' 'countries	the two places\' ISO country codes' 'continents	the two places\' continents' 'type	sister-city, friendship-city, cooperation, ...' 'level	municipal, district or provincial' 'signed	when it was signed: as written, else what the attestations allow' 'year	the year(s) it was signed in' 'decade	the decade(s) it was signed in' 'ended	when it ended; empty while it lasts' 'attestations	how many source statements it has' 'sources	the ids of the sources that attest it' 'publishers	the publishers of those sources' 'predecessors	the types of the earlier agreements it followed' 'notes	the data keeper\'s notes' 'certainty	implied (read from context) or uncertain (a doubtful list entry); empty when the sources state the tie'
        case programs
            printf '%s\n' 'id	the program\'s id' 'name	its name' 'aliases	other names it goes by' 'kind	committee, training, festival, forum, conference, ...' 'participants	the places taking part' 'started	when it started' 'year	the year(s) it started' 'decade	the decade(s) it started' 'ended	when it ended' 'recurrence	once, annual, biennial, irregular or ongoing' 'editions	how many dated occurrences are recorded' 'sources	the ids of the sources that attest it' 'notes	the data keeper\'s notes'
        case figures
            printf '%s\n' 'id	the figure\'s id' 'subject	what it counts for: a place id or a label' 'metric	what it counts (sister-cities, delegations, ...)' 'scope	what the number covers' 'value	the number as reported' 'qualifier	exact, about, more-than, at-least, less-than, at-most' 'reported	the value with its qualifier, as a reader says it' 'unit	what one of it is' 'as_of	the date the number describes' 'year	the year(s) of as_of' 'source.id	the id of the source reporting it' 'source.publisher	that source\'s publisher' 'source.published	when that source was published' 'quote	the source\'s words, verbatim' 'derivable	whether it has a counts rule' 'part_of	the figure it is a part of' 'rank_of	the agreement an ordinal is about' 'alternative_to	the other reading of the same words' 'interpretation	how an ambiguous sentence was read' 'notes	the data keeper\'s notes'
        case sources
            printf '%s\n' 'id	the source\'s id' 'publisher	who published it' 'published	when it was published' 'year	the year it was published' 'title	its title' 'url	where it is found' 'copy_of	the official page it copies' 'kind	document, or compiled (a secondary list whose rows are its statements)' 'attests	how many agreements and programs it attests' 'cited	how many statements of other sources cite it' 'figures	how many figures it reports' 'notes	the data keeper\'s notes'
        case places
            printf '%s\n' 'id	the place\'s id' 'name	its name in English' 'names	other names: exonyms, native script' 'level	city, municipality, district, province, state, region, ...' 'country	its ISO 3166-1 country code' 'country_name	its country\'s name' 'continent	its continent (Asia, Europe, North America, ...): the place\'s own, else its country\'s' 'region	its UN M49 region (Africa, Americas, Asia, Europe, Oceania): the place\'s own, else its country\'s' 'subregion	its UN M49 sub-region' 'part_of	the place it is part of' 'capital	whether it is a national capital' 'agreements	how many agreements it is party to' 'notes	the data keeper\'s notes'
        case agreements-of
            printf '%s\n' 'id	the agreement\'s id' 'parties	the two places\' ids' 'names	the two places\' names' 'countries	the two places\' ISO country codes' 'continents	the two places\' continents' 'type	sister-city, friendship-city, cooperation, ...' 'level	municipal, district or provincial' 'signed	when it was signed: as written, else what the attestations allow' 'year	the year(s) it was signed in' 'decade	the decade(s) it was signed in' 'ended	when it ended; empty while it lasts' 'attestations	how many source statements it has' 'sources	the ids of the sources that attest it' 'publishers	the publishers of those sources' 'predecessors	the types of the earlier agreements it followed' 'notes	the data keeper\'s notes' 'certainty	implied (read from context) or uncertain (a doubtful list entry); empty when the sources state the tie' 'partner.id	the other party\'s place id (partner is accepted for it)' 'partner.name	the other party\'s name' 'partner.level	the other party\'s level (city, province, ...)' 'partner.capital	whether the other party is a national capital' 'partner.country	the other party\'s ISO 3166-1 country code' 'partner.country_name	the other party\'s country\'s name' 'partner.continent	the other party\'s continent (Asia, Europe, North America, ...): the place\'s own, else its country\'s' 'partner.region	the other party\'s UN M49 region (Africa, Americas, Asia, Europe, Oceania): the place\'s own, else its country\'s' 'partner.subregion	the other party\'s UN M49 sub-region'
        case findings
            printf '%s\n' 'key	the finding\'s stable name, for acknowledgements' 'check	figure, series, breakdown, rank, joint, readings or dates' 'subject	the place or label the figure is about' 'metric	what is counted (for dates: the agreement type)' 'as_of	the date the finding is about' 'source	the ids of the source(s) of the figure or dates' 'reported	the reported value with its qualifier (for series: the step)' 'reported_value	the reported number (none for a step or a date)' 'qualifier	the reported number\'s qualifier: exact, about, more-than, ...' 'derived	what the records give, lo..hi' 'difference	reported minus derived: positive when the records are short' 'status	conflicts, records-short, possible, undecided, not-recorded, confirmed or unverifiable' 'needed	for a possible verdict: how many of the deciding records must fall its way (at least)' 'deciding	for a possible verdict: the records of uncertain date that decide it' 'figures	the figures a series or joint finding involves' 'depends_on_implied	whether the verdict differs without the records marked certainty: implied or uncertain' 'implied_records	the records marked implied or uncertain the verdict depends on' 'undecided	whether the solver reached its work budget on the way: the status undecided, or a joint set that may not be the smallest' 'acknowledged	whether the data acknowledges the finding' 'acknowledgement	the data keeper\'s reason, when the finding is acknowledged' 'explanation	one sentence saying why' 'digest	a fingerprint of the finding\'s inputs, for acknowledgements'
    end
end

# The options of command $argv[1] that take a value.
function __amity_valued
    switch $argv[1]
        case ''
            printf '%s\n' 
        case reconcile
            printf '%s\n' '--data' '-o' '--format' '--fields' '--sort' '--limit' '--output' '--color' '--delimiter' '--status' '--check' '--subject' '--metric' '--fail-on' '--where' '--explain'
        case list
            printf '%s\n' '--data' '--of' '--as-of' '-o' '--format' '--fields' '--sort' '--limit' '--output' '--color' '--delimiter' '--where'
        case filter
            printf '%s\n' '--data' '--of' '--as-of' '-o' '--format' '--fields' '--sort' '--limit' '--output' '--color' '--delimiter'
        case show
            printf '%s\n' '--data' '-o' '--format' '--fields' '--sort' '--limit' '--output' '--color' '--delimiter'
        case aggregate
            printf '%s\n' '--data' '--of' '--as-of' '-o' '--format' '--fields' '--sort' '--limit' '--output' '--color' '--delimiter' '--by' '--where' '--across' '--distinct' '--sum' '--min' '--max' '--mean' '--unknown'
        case fields
            printf '%s\n' '-o' '--format' '--fields' '--sort' '--limit' '--output' '--color' '--delimiter'
        case check
            printf '%s\n' '--data' '-o' '--format'
        case import
            printf '%s\n' '--data' '--rules' '--output' '--delimiter' '--sheet' '-o' '--format'
        case shell
            printf '%s\n' '--data'
        case help
            printf '%s\n' 
    end
end

# The command, its first argument and 1 if --of was given, stepping over option values.
function __amity_words
    set -l cmd ''
    set -l arg ''
    set -l of ''
    set -l skip ''
    for w in (commandline -opc)[2..-1]
        if test -n "$skip"
            set skip ''
            continue
        end
        switch $w
            case '--of=*'
                set of 1
            case '--*=*'
            case '-*'
                contains -- $w (__amity_valued $cmd); and set skip 1
                test "$w" = --of; and set of 1
            case '*'
                if test -z "$cmd"
                    set cmd $w
                else if test -z "$arg"
                    set arg $w
                end
        end
    end
    printf '%s\n' "$cmd" "$arg" "$of"
end

# True when the command is $argv[1] ('' for none yet).
function __amity_is
    set -l words (__amity_words)
    test "$words[1]" = "$argv[1]"
end

# True while the command's first argument is still to come.
function __amity_wants_argument
    set -l words (__amity_words)
    test -z "$words[2]"
end

# The words given, after what a comma-separated value already holds.
function __amity_list
    set -l token (commandline -ct | string replace -r '^--[^=]*=' '')
    set -l prefix (string match -r '^.*,' -- $token)
    printf "$prefix%s\n" $argv
end

# Field names (a comma list) of field set $argv[1], else of the TYPE argument's.
function __amity_fields
    set -l words (__amity_words)
    set -l set $argv[1]
    if test -z "$set"
        set set $words[2]
        if test "$set" = agreements -a -n "$words[3]"
            set set agreements-of
        end
    end
    set -l token (commandline -ct | string replace -r '^--[^=]*=' '')
    set -l prefix (string match -r '^.*,' -- $token)
    for f in (__amity_field_names $set)
        printf '%s%s\n' "$prefix" $f
    end
end

complete -c amity -f
complete -c amity -n '__amity_is \'\'' -a reconcile -d 'Check every reported figure against the records and against the other...'
complete -c amity -n '__amity_is \'\'' -a list -d 'List the records of one type: agreements, programs, figures, sources or places.'
complete -c amity -n '__amity_is \'\'' -a filter -d 'List the records of one type for which EXPRESSION holds.'
complete -c amity -n '__amity_is \'\'' -a show -d 'Show one record in full (any type, by id), with its attestations and...'
complete -c amity -n '__amity_is \'\'' -a aggregate -d 'Group records by one or more fields and count them (or compute distinct...'
complete -c amity -n '__amity_is \'\'' -a fields -d 'List the fields an expression, --fields, --sort or --by may use on a record...'
complete -c amity -n '__amity_is \'\'' -a check -d 'Read every data file and report every problem at once: file:line:column, the...'
complete -c amity -n '__amity_is \'\'' -a import -d 'Bring a spreadsheet of agreements (CSV, TSV or XLSX) into the records:...'
complete -c amity -n '__amity_is \'\'' -a shell -d 'An interactive session: the data is read once, so repeated queries answer at...'
complete -c amity -n '__amity_is \'\'' -a help -d 'Display help information about the specified command.'
complete -c amity -n '__amity_is \'\'' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is \'\'' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is \'\'' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is reconcile' -l data -r -F -d 'A data file or folder (repeatable; \'-\' reads standard input). Default:...'
complete -c amity -n '__amity_is reconcile' -s o -l format -x -a 'table report csv tsv json jsonl markdown svg' -d 'table, csv, tsv, json, jsonl or markdown (default: table); report for...'
complete -c amity -n '__amity_is reconcile' -l fields -x -a '(__amity_fields findings)' -d 'The columns to show, in this order (see amity fields TYPE).'
complete -c amity -n '__amity_is reconcile' -l sort -x -a '(__amity_fields findings)' -d 'Sort by these fields (:asc or :desc); text by its letters with accents and...'
complete -c amity -n '__amity_is reconcile' -l limit -x -d 'Show at most N rows (1 or more).'
complete -c amity -n '__amity_is reconcile' -l no-header -d 'Leave out the header row (table, csv, tsv, markdown).'
complete -c amity -n '__amity_is reconcile' -l output -r -F -d 'Write to FILE instead of standard output: whole or not at all (a temporary...'
complete -c amity -n '__amity_is reconcile' -s e -l fail-if-empty -d 'Exit 1 when no row matched, as grep does.'
complete -c amity -n '__amity_is reconcile' -l color -x -a 'auto always never' -d 'auto, always, never (default: auto: only on a terminal, never with NO_COLOR...'
complete -c amity -n '__amity_is reconcile' -l wide -d 'Do not truncate table cells to the terminal width.'
complete -c amity -n '__amity_is reconcile' -l bom -d 'Start CSV/TSV output with a UTF-8 byte order mark, for Excel.'
complete -c amity -n '__amity_is reconcile' -l delimiter -x -d 'The CSV field separator (default \',\'); not the quote or a line end, and only...'
complete -c amity -n '__amity_is reconcile' -l raw -d 'Do not guard CSV/TSV cells that start with = + - @, tab or CR against...'
complete -c amity -n '__amity_is reconcile' -l status -x -a '(__amity_list conflicts records-short possible undecided not-recorded confirmed unverifiable acknowledged unacknowledged)' -d 'Only findings with these statuses (conflicts, records-short, possible,...'
complete -c amity -n '__amity_is reconcile' -l check -x -a '(__amity_list figure series breakdown rank joint readings dates)' -d 'Only these checks: figure, series, breakdown, rank, joint, readings, dates.'
complete -c amity -n '__amity_is reconcile' -l subject -x -d 'Only findings about this subject.'
complete -c amity -n '__amity_is reconcile' -l metric -x -d 'Only findings about this metric.'
complete -c amity -n '__amity_is reconcile' -l fail-on -x -a '(__amity_list conflicts records-short possible undecided not-recorded confirmed unverifiable none)' -d 'Exit 1 when an unacknowledged finding has one of these statuses (default:...'
complete -c amity -n '__amity_is reconcile' -l where -x -d 'Only findings for which EXPRESSION holds, over the fields of amity fields...'
complete -c amity -n '__amity_is reconcile' -l explain -x -d 'For a figure id, or the key of a finding about one: the records that...'
complete -c amity -n '__amity_is reconcile' -l implied -d 'For each agreement of uncertain date that figures constrain: its recorded...'
complete -c amity -n '__amity_is reconcile' -l without-implied -d 'Reconcile as if the agreements marked certainty: implied or uncertain were...'
complete -c amity -n '__amity_is reconcile' -l chart -d 'For each series, a timeline of the count the records give (a band: certain...'
complete -c amity -n '__amity_is reconcile' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is reconcile' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is reconcile' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is list; and __amity_wants_argument' -a 'agreements programs figures sources places'
complete -c amity -n '__amity_is list' -l data -r -F -d 'A data file or folder (repeatable; \'-\' reads standard input). Default:...'
complete -c amity -n '__amity_is list' -l of -x -d 'Agreements from one party\'s side: only that place\'s agreements, with partner,...'
complete -c amity -n '__amity_is list' -l as-of -x -d 'The records as they stood at the end of DATE (an EDTF date: 2016 means at the...'
complete -c amity -n '__amity_is list' -l include-possible -d 'Also keep records for which the conditions possibly hold (uncertain dates),...'
complete -c amity -n '__amity_is list' -s o -l format -x -a 'table csv tsv json jsonl markdown' -d 'table, csv, tsv, json, jsonl or markdown (default: table); report for...'
complete -c amity -n '__amity_is list' -l fields -x -a '(__amity_fields )' -d 'The columns to show, in this order (see amity fields TYPE).'
complete -c amity -n '__amity_is list' -l sort -x -a '(__amity_fields )' -d 'Sort by these fields (:asc or :desc); text by its letters with accents and...'
complete -c amity -n '__amity_is list' -l limit -x -d 'Show at most N rows (1 or more).'
complete -c amity -n '__amity_is list' -l no-header -d 'Leave out the header row (table, csv, tsv, markdown).'
complete -c amity -n '__amity_is list' -l output -r -F -d 'Write to FILE instead of standard output: whole or not at all (a temporary...'
complete -c amity -n '__amity_is list' -s e -l fail-if-empty -d 'Exit 1 when no row matched, as grep does.'
complete -c amity -n '__amity_is list' -l color -x -a 'auto always never' -d 'auto, always, never (default: auto: only on a terminal, never with NO_COLOR...'
complete -c amity -n '__amity_is list' -l wide -d 'Do not truncate table cells to the terminal width.'
complete -c amity -n '__amity_is list' -l bom -d 'Start CSV/TSV output with a UTF-8 byte order mark, for Excel.'
complete -c amity -n '__amity_is list' -l delimiter -x -d 'The CSV field separator (default \',\'); not the quote or a line end, and only...'
complete -c amity -n '__amity_is list' -l raw -d 'Do not guard CSV/TSV cells that start with = + - @, tab or CR against...'
complete -c amity -n '__amity_is list' -l where -x -d 'Only records for which EXPRESSION holds (the language of amity filter; field...'
complete -c amity -n '__amity_is list' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is list' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is list' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is filter; and __amity_wants_argument' -a 'agreements programs figures sources places'
complete -c amity -n '__amity_is filter' -l data -r -F -d 'A data file or folder (repeatable; \'-\' reads standard input). Default:...'
complete -c amity -n '__amity_is filter' -l of -x -d 'Agreements from one party\'s side: only that place\'s agreements, with partner,...'
complete -c amity -n '__amity_is filter' -l as-of -x -d 'The records as they stood at the end of DATE (an EDTF date: 2016 means at the...'
complete -c amity -n '__amity_is filter' -l include-possible -d 'Also keep records for which the conditions possibly hold (uncertain dates),...'
complete -c amity -n '__amity_is filter' -s o -l format -x -a 'table csv tsv json jsonl markdown' -d 'table, csv, tsv, json, jsonl or markdown (default: table); report for...'
complete -c amity -n '__amity_is filter' -l fields -x -a '(__amity_fields )' -d 'The columns to show, in this order (see amity fields TYPE).'
complete -c amity -n '__amity_is filter' -l sort -x -a '(__amity_fields )' -d 'Sort by these fields (:asc or :desc); text by its letters with accents and...'
complete -c amity -n '__amity_is filter' -l limit -x -d 'Show at most N rows (1 or more).'
complete -c amity -n '__amity_is filter' -l no-header -d 'Leave out the header row (table, csv, tsv, markdown).'
complete -c amity -n '__amity_is filter' -l output -r -F -d 'Write to FILE instead of standard output: whole or not at all (a temporary...'
complete -c amity -n '__amity_is filter' -s e -l fail-if-empty -d 'Exit 1 when no row matched, as grep does.'
complete -c amity -n '__amity_is filter' -l color -x -a 'auto always never' -d 'auto, always, never (default: auto: only on a terminal, never with NO_COLOR...'
complete -c amity -n '__amity_is filter' -l wide -d 'Do not truncate table cells to the terminal width.'
complete -c amity -n '__amity_is filter' -l bom -d 'Start CSV/TSV output with a UTF-8 byte order mark, for Excel.'
complete -c amity -n '__amity_is filter' -l delimiter -x -d 'The CSV field separator (default \',\'); not the quote or a line end, and only...'
complete -c amity -n '__amity_is filter' -l raw -d 'Do not guard CSV/TSV cells that start with = + - @, tab or CR against...'
complete -c amity -n '__amity_is filter' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is filter' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is filter' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is show' -l data -r -F -d 'A data file or folder (repeatable; \'-\' reads standard input). Default:...'
complete -c amity -n '__amity_is show' -s o -l format -x -a 'table csv tsv json jsonl markdown' -d 'table, csv, tsv, json, jsonl or markdown (default: table); report for...'
complete -c amity -n '__amity_is show' -l fields -x -d 'The columns to show, in this order (see amity fields TYPE).'
complete -c amity -n '__amity_is show' -l sort -x -d 'Sort by these fields (:asc or :desc); text by its letters with accents and...'
complete -c amity -n '__amity_is show' -l limit -x -d 'Show at most N rows (1 or more).'
complete -c amity -n '__amity_is show' -l no-header -d 'Leave out the header row (table, csv, tsv, markdown).'
complete -c amity -n '__amity_is show' -l output -r -F -d 'Write to FILE instead of standard output: whole or not at all (a temporary...'
complete -c amity -n '__amity_is show' -s e -l fail-if-empty -d 'Exit 1 when no row matched, as grep does.'
complete -c amity -n '__amity_is show' -l color -x -a 'auto always never' -d 'auto, always, never (default: auto: only on a terminal, never with NO_COLOR...'
complete -c amity -n '__amity_is show' -l wide -d 'Do not truncate table cells to the terminal width.'
complete -c amity -n '__amity_is show' -l bom -d 'Start CSV/TSV output with a UTF-8 byte order mark, for Excel.'
complete -c amity -n '__amity_is show' -l delimiter -x -d 'The CSV field separator (default \',\'); not the quote or a line end, and only...'
complete -c amity -n '__amity_is show' -l raw -d 'Do not guard CSV/TSV cells that start with = + - @, tab or CR against...'
complete -c amity -n '__amity_is show' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is show' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is show' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is aggregate; and __amity_wants_argument' -a 'agreements programs figures sources places'
complete -c amity -n '__amity_is aggregate' -l data -r -F -d 'A data file or folder (repeatable; \'-\' reads standard input). Default:...'
complete -c amity -n '__amity_is aggregate' -l of -x -d 'Agreements from one party\'s side: only that place\'s agreements, with partner,...'
complete -c amity -n '__amity_is aggregate' -l as-of -x -d 'The records as they stood at the end of DATE (an EDTF date: 2016 means at the...'
complete -c amity -n '__amity_is aggregate' -l include-possible -d 'Also keep records for which the conditions possibly hold (uncertain dates),...'
complete -c amity -n '__amity_is aggregate' -s o -l format -x -a 'table csv tsv json jsonl markdown' -d 'table, csv, tsv, json, jsonl or markdown (default: table); report for...'
complete -c amity -n '__amity_is aggregate' -l fields -x -a '(__amity_fields )' -d 'The columns to show, in this order (see amity fields TYPE).'
complete -c amity -n '__amity_is aggregate' -l sort -x -a '(__amity_fields )' -d 'Sort by these fields (:asc or :desc); text by its letters with accents and...'
complete -c amity -n '__amity_is aggregate' -l limit -x -d 'Show at most N rows (1 or more).'
complete -c amity -n '__amity_is aggregate' -l no-header -d 'Leave out the header row (table, csv, tsv, markdown).'
complete -c amity -n '__amity_is aggregate' -l output -r -F -d 'Write to FILE instead of standard output: whole or not at all (a temporary...'
complete -c amity -n '__amity_is aggregate' -s e -l fail-if-empty -d 'Exit 1 when no row matched, as grep does.'
complete -c amity -n '__amity_is aggregate' -l color -x -a 'auto always never' -d 'auto, always, never (default: auto: only on a terminal, never with NO_COLOR...'
complete -c amity -n '__amity_is aggregate' -l wide -d 'Do not truncate table cells to the terminal width.'
complete -c amity -n '__amity_is aggregate' -l bom -d 'Start CSV/TSV output with a UTF-8 byte order mark, for Excel.'
complete -c amity -n '__amity_is aggregate' -l delimiter -x -d 'The CSV field separator (default \',\'); not the quote or a line end, and only...'
complete -c amity -n '__amity_is aggregate' -l raw -d 'Do not guard CSV/TSV cells that start with = + - @, tab or CR against...'
complete -c amity -n '__amity_is aggregate' -l by -x -a '(__amity_fields )' -d 'The field(s) to group by: any field, e.g. year, decade, country, region,...'
complete -c amity -n '__amity_is aggregate' -l where -x -d 'Only records for which EXPRESSION holds.'
complete -c amity -n '__amity_is aggregate' -l across -x -a '(__amity_fields )' -d 'A cross-tab: rows by --by, columns by FIELD, with row and column totals.'
complete -c amity -n '__amity_is aggregate' -l distinct -x -a '(__amity_fields )' -d 'Also count the distinct values of FIELD.'
complete -c amity -n '__amity_is aggregate' -l sum -x -a '(__amity_fields )' -d 'Also sum the number field FIELD.'
complete -c amity -n '__amity_is aggregate' -l min -x -a '(__amity_fields )' -d 'Also give the smallest value of FIELD.'
complete -c amity -n '__amity_is aggregate' -l max -x -a '(__amity_fields )' -d 'Also give the largest value of FIELD.'
complete -c amity -n '__amity_is aggregate' -l mean -x -a '(__amity_fields )' -d 'Also give the mean of FIELD.'
complete -c amity -n '__amity_is aggregate' -l cumulative -d 'Running totals over a time key (year or decade): how many there were at the...'
complete -c amity -n '__amity_is aggregate' -l unknown -x -a 'range bucket' -d 'What to do with a date spanning several buckets: range (count it as possible...'
complete -c amity -n '__amity_is aggregate' -l chart -d 'Draw a horizontal bar chart of the count (certain part solid, possible part...'
complete -c amity -n '__amity_is aggregate' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is aggregate' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is aggregate' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is fields; and __amity_wants_argument' -a 'agreements programs figures sources places findings'
complete -c amity -n '__amity_is fields' -s o -l format -x -a 'table csv tsv json jsonl markdown' -d 'table, csv, tsv, json, jsonl or markdown (default: table); report for...'
complete -c amity -n '__amity_is fields' -l fields -x -d 'The columns to show, in this order (see amity fields TYPE).'
complete -c amity -n '__amity_is fields' -l sort -x -d 'Sort by these fields (:asc or :desc); text by its letters with accents and...'
complete -c amity -n '__amity_is fields' -l limit -x -d 'Show at most N rows (1 or more).'
complete -c amity -n '__amity_is fields' -l no-header -d 'Leave out the header row (table, csv, tsv, markdown).'
complete -c amity -n '__amity_is fields' -l output -r -F -d 'Write to FILE instead of standard output: whole or not at all (a temporary...'
complete -c amity -n '__amity_is fields' -s e -l fail-if-empty -d 'Exit 1 when no row matched, as grep does.'
complete -c amity -n '__amity_is fields' -l color -x -a 'auto always never' -d 'auto, always, never (default: auto: only on a terminal, never with NO_COLOR...'
complete -c amity -n '__amity_is fields' -l wide -d 'Do not truncate table cells to the terminal width.'
complete -c amity -n '__amity_is fields' -l bom -d 'Start CSV/TSV output with a UTF-8 byte order mark, for Excel.'
complete -c amity -n '__amity_is fields' -l delimiter -x -d 'The CSV field separator (default \',\'); not the quote or a line end, and only...'
complete -c amity -n '__amity_is fields' -l raw -d 'Do not guard CSV/TSV cells that start with = + - @, tab or CR against...'
complete -c amity -n '__amity_is fields' -l of -d 'Include the partner fields agreements have when seen with --of.'
complete -c amity -n '__amity_is fields' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is fields' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is fields' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is check' -l data -r -F -d 'A data file or folder (repeatable; \'-\' reads standard input). Default:...'
complete -c amity -n '__amity_is check' -s o -l format -x -a 'table json jsonl' -d 'table (the messages as text, default), json or jsonl.'
complete -c amity -n '__amity_is check' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is check' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is check' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is import' -l data -r -F -d 'A data file or folder (repeatable; \'-\' reads standard input). Default:...'
complete -c amity -n '__amity_is import' -l rules -r -F -d 'What each row becomes: the format is in the description above (default:...'
complete -c amity -n '__amity_is import' -l output -r -F -d 'The data file to write (whole or not at all); an existing one keeps its...'
complete -c amity -n '__amity_is import' -l dry-run -d 'Show what would be added, and write nothing.'
complete -c amity -n '__amity_is import' -l skip-unresolved -d 'Import the rows that resolve; list the others on standard error.'
complete -c amity -n '__amity_is import' -l delimiter -x -d 'The CSV field separator (default: the one the header row uses of , ; tab |).'
complete -c amity -n '__amity_is import' -l sheet -x -d 'The sheet of an XLSX workbook (default: the first).'
complete -c amity -n '__amity_is import' -s o -l format -x -a 'table csv tsv json jsonl markdown' -d 'The --dry-run table as table, csv, tsv, json, jsonl or markdown (default:...'
complete -c amity -n '__amity_is import' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is import' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is import' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is shell' -l data -r -F -d 'A data file or folder (repeatable; \'-\' reads standard input). Default:...'
complete -c amity -n '__amity_is shell' -s h -l help -d 'Show this help message and exit.'
complete -c amity -n '__amity_is shell' -s V -l version -d 'Print version information and exit.'
complete -c amity -n '__amity_is shell' -l debug -d 'On an internal error, print the Java stack trace.'
complete -c amity -n '__amity_is help; and __amity_wants_argument' -a 'reconcile list filter show aggregate fields check import shell help'
complete -c amity -n '__amity_is help' -s h -l help -d 'Show usage help for the help command and exit.'
complete -c amity -n '__amity_is help' -l debug -d 'On an internal error, print the Java stack trace.'
