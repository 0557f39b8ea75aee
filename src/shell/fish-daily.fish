
# The daily line: once a day, in interactive shells only.
if status is-interactive; and isatty stdout
    set -l shown
    test -r {{state}}; and read shown < {{state}}
    if test "$shown" != (date +%Y-%m-%d)
        command {{exe}} daily --cmd {{cmd}}
    end
end
