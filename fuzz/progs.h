/* The programs under test, renamed (fuzz/prog-*.c). */
int	nw_split_main(int, char **);
void	nw_split_reset(void);
int	nw_fmt_main(int, char **);
void	nw_fmt_reset(void);
int	nw_byline_main(int, char **);
void	nw_byline_reset(void);
int	nw_strip_main(int, char **);
void	nw_strip_reset(void);
int	nw_related_main(int, char **);
void	nw_related_reset(void);
