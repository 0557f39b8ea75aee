
# The daily line: once a day, in interactive shells only.
if [[ $- == *i* ]] && [ -t 1 ]; then
    __secure_diff_daily() {
        local today="" shown=""
        printf -v today '%(%Y-%m-%d)T' -1 2>/dev/null
        [ -r {{state}} ] && read -r shown < {{state}}
        if [ -z "$today" ] || [ "$shown" != "$today" ]; then
            command {{exe}} daily --cmd {{cmd}}
        fi
    }
    __secure_diff_daily
    unset -f __secure_diff_daily
fi
