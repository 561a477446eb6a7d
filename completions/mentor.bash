# bash completion for mentor(1). The candidates come from `mentor __complete`, which reads the
# command line definitions of the mentor being completed and the roster of the program in effect
# (-C DIR on the line, else $MENTOR_DIR, else the nearest program.toml).
_mentor() {
    local cur words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -n =: || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    local IFS=$'\n' candidates
    candidates=$("${words[0]}" __complete "${words[@]:1:cword-1}" "$cur" 2>/dev/null)
    if [[ -z $candidates ]]; then
        # a file, a directory or free text: bash's own completion
        compopt -o default 2>/dev/null
        COMPREPLY=()
        return
    fi
    COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
    # readline replaces only what follows '=' (a word break) in --option=value
    if [[ $cur == *=* && $COMP_WORDBREAKS == *=* ]]; then
        COMPREPLY=("${COMPREPLY[@]#"${cur%%=*}="}")
    fi
}
complete -F _mentor mentor
