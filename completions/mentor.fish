# fish completion for mentor(1). The candidates come from `mentor __complete`, which reads the
# command line definitions of the mentor being completed and the roster of the program in effect
# (-C DIR on the line, else $MENTOR_DIR, else the nearest program.toml).
function __mentor_candidates
    set -l tokens (commandline -opc)
    $tokens[1] __complete $tokens[2..-1] (commandline -ct) 2>/dev/null
end
function __mentor_has_candidates
    test -n "$(__mentor_candidates)"
end
complete -c mentor -f -n __mentor_has_candidates -a '(__mentor_candidates)'
complete -c mentor -F -n 'not __mentor_has_candidates'
