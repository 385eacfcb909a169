#ifndef RUBRIC_NCURSES_SHIM_H
#define RUBRIC_NCURSES_SHIM_H

// The wide-character API (cchar_t, wget_wch, setcchar) exists only with this defined,
// and SwiftPM drops the flags pkg-config would give, so it is set here.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>

// Swift 6 can't read C globals or expand function-like macros: these wrap them.
static inline WINDOW *rubric_stdscr(void) { return stdscr; }
static inline WINDOW *rubric_curscr(void) { return curscr; }
static inline int rubric_lines(void) { return LINES; }
static inline int rubric_cols(void) { return COLS; }
static inline int rubric_colors(void) { return COLORS; }
static inline int rubric_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t rubric_a_bold(void) { return A_BOLD; }
static inline attr_t rubric_a_dim(void) { return A_DIM; }
static inline attr_t rubric_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rubric_a_reverse(void) { return A_REVERSE; }
static inline attr_t rubric_a_italic(void) { return A_ITALIC; }
static inline attr_t rubric_a_normal(void) { return A_NORMAL; }
static inline int rubric_key_resize(void) { return KEY_RESIZE; }
static inline int rubric_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rubric_err(void) { return ERR; }
/* The mouse reports used: the left button's press, and the wheel (buttons 4 and 5). */
static inline mmask_t rubric_mouse_events(void) { return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t rubric_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t rubric_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t rubric_wheel_down(void) { return BUTTON5_PRESSED; }
/* Only the character type: it is all ncursesw needs, and loading every category from the
   locale files cost a sixth of a millisecond at start. */
static inline int rubric_setlocale_ctype(void) { return setlocale(LC_CTYPE, "") != NULL; }

/* Whether the locale's character set is UTF-8: else only ASCII can be drawn. */
static inline int rubric_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

/* term.h last: its macros (lines, columns, ...) must not meet the code above. */
#include <ncursesw/term.h>

/* Whether TERM names a terminal that can place the cursor, asked before initscr, which
   would print its own complaint and exit, or draw garbage on a terminal without cursor
   addressing. 0: usable; 1: unknown to terminfo; 2: cannot place the cursor. Writes nothing. */
static inline int rubric_terminal_problem(void) {
    int status = 0;
    if (setupterm(NULL, 1, &status) != OK) return 1;
    const char *cursor = tigetstr("cup");
    int problem = (cursor == NULL || cursor == (const char *)-1) ? 2 : 0;
    del_curterm(cur_term);
    return problem;
}

#endif
