#ifndef RUBRIC_NCURSES_SHIM_H
#define RUBRIC_NCURSES_SHIM_H

// The wide-character API (cchar_t, wget_wch, setcchar) exists only with this defined,
// and SwiftPM drops the flags pkg-config would give, so it is set here.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <locale.h>

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
/* Only the character type: it is all ncursesw needs, and loading every category from the
   locale files cost a sixth of a millisecond at start. */
static inline int rubric_setlocale_ctype(void) { return setlocale(LC_CTYPE, "") != NULL; }

#endif
