
# The daily line: once a day, in interactive shells only.
if [[ -o interactive ]] && [[ -t 1 ]]; then
    () {
        local today="" shown=""
        zmodload -F zsh/datetime b:strftime p:EPOCHSECONDS 2>/dev/null &&
            strftime -s today %Y-%m-%d $EPOCHSECONDS
        [[ -r {{state}} ]] && read -r shown < {{state}}
        if [[ -z "$today" || "$shown" != "$today" ]]; then
            command {{exe}} daily --cmd {{cmd}}
        fi
    }
fi
