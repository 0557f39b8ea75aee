# secure-diff for zsh. Load it from ~/.zshrc with:
#   eval "$(secure-diff init zsh)"
# `{{cmd}} mantra`, `{{cmd}} checklist`, `{{cmd}} feelings`, `{{cmd}} log` and the
# other secure-diff commands go to secure-diff; every other call goes to the
# real diff program, untouched.

__secure_diff_is_ours() {
    case "$1" in
        ({{commands}}) ;;
        (*) return 1 ;;
    esac
    # A real comparison of files that share a name with a command, such as
    # `diff log log.old` in a folder that has a file `log`, stays with diff.
    if [[ -e "$1" ]] && (( $# >= 2 )); then
        local last="${@[-1]}"
        if [[ -e "$last" || "$last" == "-" ]]; then
            return 1
        fi
    fi
    return 0
}

{{cmd}}() {
    if __secure_diff_is_ours "$@"; then
        command {{exe}} "$@"
    else
        command diff "$@"
    fi
}
{{daily}}
