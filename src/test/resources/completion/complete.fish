# Runs amity's fish completion the way fish completes a command line (complete -C).
# Usage: fish --no-config complete.fish SCRIPT LINE...  Prints "== LINE", then each candidate.
source $argv[1]
for line in $argv[2..-1]
    echo "== $line"
    complete -C "$line"
end
