# secure-diff for fish. Load it from ~/.config/fish/config.fish with:
#   secure-diff init fish | source
# `{{cmd}} mantra`, `{{cmd}} checklist`, `{{cmd}} feelings`, `{{cmd}} log` and the
# other secure-diff commands go to secure-diff; every other call goes to the
# real diff program, untouched.

function __secure_diff_is_ours
    contains -- "$argv[1]" {{commands}}; or return 1
    # A real comparison of files that share a name with a command, such as
    # `diff log log.old` in a folder that has a file `log`, stays with diff.
    if test -e "$argv[1]"; and test (count $argv) -ge 2
        if test -e "$argv[-1]"; or test "$argv[-1]" = -
            return 1
        end
    end
    return 0
end

function {{cmd}}
    if __secure_diff_is_ours $argv
        command {{exe}} $argv
    else
        command diff $argv
    end
end
{{daily}}
