/* exitcodes.h - what cable's exit status means. */
#ifndef CABLE_EXITCODES_H
#define CABLE_EXITCODES_H

enum {
    EXIT_OK = 0,           /* all went well */
    EXIT_FOUND = 1,        /* nothing found (grep), problems found (check) */
    EXIT_USAGE = 2,        /* bad usage, unreadable input, failed output */
    EXIT_SCRIPT_LOAD = 3,  /* a script could not be loaded */
    EXIT_SCRIPT_RUN = 4,   /* a script failed while running */
};

#endif
