# Puts the COMMANDS section that `classiclink --man-commands` printed (COMMANDS) into the man page at its
# marker line (PAGE_IN), writing PAGE_OUT. Run with cmake -P.
file(READ ${PAGE_IN} page)
file(READ ${COMMANDS} commands)
string(REPLACE ".\\\" commands-from-registry\n" "${commands}" page "${page}")
if(NOT page MATCHES "\\.SH COMMANDS")
    message(FATAL_ERROR "The command list was not put into ${PAGE_OUT}")
endif()
file(WRITE ${PAGE_OUT} "${page}")
