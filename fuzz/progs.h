/* The programs under test, renamed (fuzz/prog-*.c). */
int	nw_split_main(int, char **);
void	nw_split_reset(void);
int	nw_fmt_main(int, char **);
void	nw_fmt_reset(void);
