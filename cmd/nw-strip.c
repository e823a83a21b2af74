/*
 * nw-strip: remove boilerplate paragraphs (menus, share buttons, related
 * headlines, cookie and subscription prompts, copyright lines, ...) from
 * nw records, using the text alone.
 *
 * Each Para field is described by shallow features (length, stopword
 * density in the record's language, sentence ends, bullets, digits,
 * capitals, links, a lexicon of interface phrases, its place relative to
 * the Title); a linear model turns them into a first score.  A second
 * linear model looks at the neighbours' scores, the densest run of good
 * text and "Related"-style headings, and decides.  Lines that recur in
 * several records of one stream (a site's template) go too.  Every other
 * field passes through byte for byte, in order; the record gets a Lang
 * field after its leading Id and Source fields.
 */
#include <math.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nw.h"

static int check;			/* --check: report, write nothing */
static int mark;			/* -m: Boiler instead of removing */
static regex_t *pats;			/* -f: the user's patterns */
static size_t npats;
static int found;			/* --check found boilerplate */

/* ---- features --------------------------------------------------- */

enum {
	F_LWORDS, F_LCHARS, F_STOP, F_LSTOP, F_NOLIST, F_END, F_COLON,
	F_BULLET, F_DIGIT, F_UPPER, F_ALPHA, F_COMMA, F_LINK, F_LEXW,
	F_LEXP, F_LEXC, F_SEP, F_FORM, F_LINES, F_BEFORE, F_NOTITLE,
	F_AFTER, F_RELPOS, F_DUP, F_SENT, F_WLEN, F_DATE, F_ELLIPSIS,
	F_EQTITLE, F_HEAD, F_QUOTE, F_SHORT, F_INDENT, F_SEEN, F_SAID,
	F_URL, NLOCAL
};

enum {
	C_Z = NLOCAL, C_ZP1, C_ZN1, C_ZP2, C_ZN2, C_ZMIN, C_ZMAX, C_WIN,
	C_INBLOCK, C_DIST, C_LBEFORE, C_LAFTER, C_GPREV, C_GNEXT, C_RELRUN,
	C_BULLETS, C_SHORTS, C_TDIST, C_NPARAS, C_LASTGOOD, C_INDDIFF,
	C_CMT, NCTX
};

/* The third stage: the second stage's verdicts, grouped into runs. */
enum {
	S_Z2 = NCTX, S_Z2P, S_Z2N, S_INMAIN, S_DBEFORE, S_DAFTER, S_SEGRATIO,
	S_IND, S_NSEG, S_MAINFRAC, S_GAPB, S_GAPA, NALL
};



#include "nw-strip-model.h"

struct para {
	size_t		 fi;		/* index of the field */
	float		 x[NALL];
	unsigned	 stop[NW_LANG_MAX];	/* stopwords of each language */
	unsigned	 words;
	float		 z, p, z2;
	long		 seg;		/* the run of good ones it is in, or -1 */
	int		 lexh;		/* a "Related"-like heading */
	int		 rep;		/* a marker line (context) */
	int		 boiler;
	uint64_t	 h;		/* hash of the normalized text */
};

static struct para *ps;
static size_t nps, pcap;

/* ---- lexicon ----------------------------------------------------- */

/*
 * Interface and boilerplate phrases, lower case.  The first letter is the
 * kind: 'B' a control or label (matches the whole paragraph or its start),
 * 'H' a heading that introduces links to other articles (likewise), 'C'
 * found anywhere in a short paragraph.
 */
static const char *lexicon[] = {
	/* English */
	"Badvertisement", "Badvertising", "Bsponsored", "Bshare", "Bshare this",
	"Bshare this article", "Bshare this story", "Bshare on facebook",
	"Bshare on twitter", "Btweet", "Bprint", "Bemail", "Be-mail",
	"Bclose", "Bmenu", "Bsearch", "Blog in", "Blogin", "Bsign in",
	"Bsign up", "Bregister", "Bsubscribe", "Bsubscribe now",
	"Bsubscribe to", "Bcomments", "Bcomment", "Bleave a comment",
	"Bleave a reply", "Breply", "Bpost a comment", "Bhome", "Bnext",
	"Bprevious", "Bback to top", "Bskip to", "Bskip to content",
	"Bskip to main content", "Bfollow us", "Bfollow", "Bnewsletter",
	"Bsign up for", "Bprivacy policy", "Bterms of use",
	"Bterms of service", "Bcontact us", "Babout us", "Bcopyright",
	"Bphoto", "Bimage", "Bcredit", "Bphotograph", "Bsource",
	"Bgetty images", "Bload more", "Bshow more", "Bview comments",
	"Blike this", "Bloading", "Btags", "Btopics", "Bfiled under",
	"Bcategories", "Bupdated", "Bpublished", "Bposted", "Bwatch",
	"Bvideo", "Blisten", "Bplay", "Bgallery", "Bclick here",
	"Byou might also like", "Byou may also like", "Badvertisement feature",
	"Bwe use cookies", "Baccept", "Baccept all", "Bmore", "Bclose menu",
	"Bopen menu", "Btrending", "Bfeatured", "Blatest", "Blatest news",
	"Btop stories", "Bshare via", "Bcopy link", "Bsave", "Bbookmark",
	"Bjump to", "Btoggle", "Bsend", "Bcancel", "Bsubmit", "Bdownload",
	"Bclick to", "Bget the", "Bread the full", "Bcontinue reading",
	"Bsupport", "Bdonate", "Bfree trial", "Balready a subscriber",
	"Balready have an account", "Bcreate an account", "Bmost read",
	"Bmost popular", "Bmost viewed", "Bpopular", "Brecent posts",
	"Brecent", "Bpermalink", "Bshare this:", "Bfacebook", "Btwitter",
	"Blinkedin", "Bwhatsapp", "Bpinterest", "Breddit", "Binstagram",
	"Byoutube", "Brss", "Bnotifications",
	"Hrelated", "Hrelated articles", "Hrelated stories", "Hrelated news",
	"Hrelated content", "Hrelated posts", "Hrelated topics", "Hread more",
	"Hread also", "Hread next", "Halso read", "Hmore on this",
	"Hmore on this story", "Hmore from", "Hmore stories", "Hmore news",
	"Hsee also", "Hrecommended", "Hrecommended for you", "Hwhat to read next",
	"Hyou might also be interested", "Hmore like this", "Hup next",
	"Halso on", "Hin other news", "Hmore in", "Hother stories",
	"Hfurther reading", "Hwatch next", "Hdon't miss", "Hmust read",
	"Hmore to explore", "Heditor's picks", "Hpopular stories",
	/* German */
	"Banzeige", "Bwerbung", "Bteilen", "Bartikel teilen", "Bdrucken",
	"Bdrucken", "Bkommentare", "Bkommentar", "Bkommentieren",
	"Bkommentar schreiben", "Bstartseite", "Bsuche", "Banmelden",
	"Babmelden", "Bregistrieren", "Babonnieren", "Bjetzt abonnieren",
	"Babo", "Bdatenschutz", "Bdatenschutzerklärung", "Bimpressum",
	"Bkontakt", "Bfoto", "Bbild", "Bquelle", "Bzurück", "Bweiter",
	"Bweiterlesen", "Bmehr lesen", "Bmehr", "Bschließen", "Bmenü",
	"Bnach oben", "Bzum artikel", "Bzum inhalt", "Bfolgen sie uns",
	"Bvorlesen", "Bmerken", "Bgeschrieben von", "Bveröffentlicht",
	"Baktualisiert", "Bstand", "Bthemen", "Bschlagworte", "Bnewsletter",
	"Bjetzt anmelden", "Bjetzt lesen", "Bjetzt testen", "Bzur startseite",
	"Bcookies", "Bcookie-einstellungen", "Balle akzeptieren",
	"Bakzeptieren", "Bvideo", "Bbildergalerie", "Bfotostrecke",
	"Bteilen sie", "Bfeedback", "Bhilfe", "Bmeistgelesen",
	"Bmeistgelesene artikel", "Bpodcast",
	"Hmehr zum thema", "Hlesen sie auch", "Hlesen sie mehr",
	"Hauch interessant", "Hdas könnte sie auch interessieren",
	"Hweitere artikel", "Hweitere nachrichten", "Hverwandte artikel",
	"Hähnliche artikel", "Hempfehlungen", "Hunsere empfehlung",
	"Hmehr aus", "Hmehr zu", "Hmehr nachrichten", "Hweitere themen",
	"Hdazu passend", "Hpassend zum thema", "Hzum thema", "Hauch lesenswert",
	"Hmehr artikel", "Hdas könnte dich auch interessieren", "Hlesen sie",
	/* French */
	"Bpublicité", "Bpartager", "Bpartagez", "Bimprimer", "Bcommentaires",
	"Bcommenter", "Babonnez-vous", "Bs'abonner", "Bse connecter",
	"Bconnexion", "Bs'inscrire", "Bsuivez-nous", "Baccueil", "Brechercher",
	"Bfermer", "Bmenu", "Bnewsletter", "Bmentions légales", "Bcontact",
	"Bcrédit", "Bcrédits", "Bphoto", "Bmis à jour", "Bpublié le",
	"Bvidéo", "Btout accepter", "Baccepter", "Bcontinuer",
	"Hlire aussi", "Hà lire aussi", "Hlire la suite", "Hsur le même sujet",
	"Hà lire", "Hvoir aussi", "Hsur le même thème", "Hles plus lus", "Hnos articles",
	"Hdans la même rubrique", "Hà voir aussi",
	/* Spanish */
	"Bpublicidad", "Bcompartir", "Bcomparte", "Bcomentarios",
	"Bcomentar", "Bsuscríbete", "Bsuscribirse", "Biniciar sesión",
	"Bregístrate", "Binicio", "Bbuscar", "Bcerrar", "Bimprimir",
	"Bsíguenos", "Bfoto", "Bactualizado", "Baceptar", "Bver más",
	"Hleer más", "Hlee también", "Hte puede interesar",
	"Hnoticias relacionadas", "Htambién te puede interesar",
	"Hlo más leído", "Hmás noticias", "Hrelacionado", "Hrelacionadas",
	"Hmás información",
	/* Italian */
	"Bpubblicità", "Bcondividi", "Bcommenti", "Bcommenta", "Biscriviti",
	"Baccedi", "Bcerca", "Bchiudi", "Bstampa", "Bseguici", "Baggiornato",
	"Baccetta", "Hleggi anche", "Hleggi di più", "Harticoli correlati",
	"Hpotrebbe interessarti", "Hi più letti", "Hcorrelati",
	/* Dutch */
	"Badvertentie", "Bdelen", "Bdeel", "Breacties", "Breageer",
	"Babonneren", "Binloggen", "Bzoeken", "Bsluiten", "Bprinten",
	"Bvolg ons", "Bbijgewerkt", "Baccepteren", "Hlees ook", "Hlees meer",
	"Hgerelateerde artikelen", "Hmeer over", "Hmeest gelezen",
	"Hgerelateerd", "Hmeer nieuws",
	/* Portuguese */
	"Bpublicidade", "Bcompartilhar", "Bpartilhar", "Bcomentários",
	"Bcomentar", "Bassine", "Bentrar", "Bbuscar", "Bpesquisar",
	"Bfechar", "Bimprimir", "Bsiga-nos", "Batualizado", "Baceitar",
	"Hleia também", "Hleia mais", "Hveja também", "Hnotícias relacionadas",
	"Hmais lidas", "Hsaiba mais", "Hrelacionadas",
	/* Swedish, Danish, Norwegian */
	"Bannons", "Bannonse", "Bannonce", "Bdela", "Bdel", "Bdel artikel",
	"Bkommentarer", "Bprenumerera", "Babonner", "Babonnér", "Blogga in",
	"Blogg inn", "Blog ind", "Bsök", "Bsøk", "Bsøg", "Bstäng", "Blukk",
	"Bluk", "Buppdaterad", "Boppdatert", "Bopdateret", "Bpublicerad",
	"Bpublisert", "Bpubliceret", "Bfoto", "Bläs mer", "Bles mer",
	"Blæs mere", "Hläs också", "Hläs även", "Hles også", "Hlæs også",
	"Hrelaterat", "Hrelatert", "Hrelateret", "Hmest läst", "Hmest lest",
	"Hmest læste",
	/* anywhere in a short paragraph */
	"C\xc2\xa9", "Call rights reserved", "Call right reserved",
	"Calle rechte vorbehalten", "Ctous droits réservés",
	"Ctodos los derechos reservados", "Ctutti i diritti riservati",
	"Calle rechten voorbehouden", "Ctodos os direitos reservados",
	"Ccookie", "Cjavascript", "Cnewsletter", "Cprivacy policy",
	"Cterms of service", "Cterms of use", "Cdatenschutz", "Cimpressum",
	"Cabonnieren", "Csubscribe", "Csign up", "Cunsubscribe",
	"Cadvertisement", "Cwerbung", "Canzeige", "Cgetty images",
	"Cshutterstock", "Cistock", "Cfoto:", "Cphoto:", "Cimage:",
	"Ccredit:", "Cbild:", "Cquelle:", "C(c)", "Ccopyright",
	"Cnewsletter", "Cfollow us", "Cclick here", "Chier klicken",
	"Cklicken sie", "Cread more", "Cweiterlesen", "Cmehr erfahren",
	"Clearn more", "Cpaywall", "Cabo", "Cplus-artikel",
	"Cpremium", "Cpodcast",
	NULL
};

static const char *months[] = {
	"january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "januar", "februar",
	"märz", "mai", "juni", "juli", "oktober", "dezember", "janvier",
	"février", "mars", "avril", "juin", "juillet", "août", "septembre",
	"octobre", "novembre", "décembre", "enero", "febrero", "marzo",
	"abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
	"noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio",
	"giugno", "luglio", "settembre", "ottobre", "dicembre", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov",
	"dec", "dez", NULL
};

/* Lexicon phrases bucketed by their first byte. */
struct phrase {
	const char	*s;
	size_t		 n;
	char		 kind;
};
static struct phrase *lexb[256];		/* kinds B and H */
static size_t nlexb[256];
static struct phrase *lexc[256];		/* kind C */
static size_t nlexc[256];
static struct phrase *monthb[256];		/* month names */
static size_t nmonthb[256];

/* The bucket of a phrase or key: its first two bytes, hashed. */
#define BUCKET(s)	(((unsigned char)(s)[0] * 31u + \
			    (unsigned char)(s)[1]) & 255)

static void
addphrase(struct phrase **b, size_t *nb, const char *s, char kind)
{
	size_t c = BUCKET(s);

	b[c] = nw_realloc(b[c], (nb[c] + 1) * sizeof(**b));
	b[c][nb[c]].s = s;
	b[c][nb[c]].n = strlen(s);
	b[c][nb[c]++].kind = kind;
}

/*
 * Byte classes for the word scan: 1 an ASCII letter, 2 a byte of a
 * multibyte character that cannot start punctuation, 3 one that may
 * (nw_punct_len decides), 0 anything else.
 */
static unsigned char bclass[256];
/*
 * wlow: a byte of class 1 or 2 lower-cased (never 0), 0 for any other:
 * the word scan's test and its lower-casing in one load.
 */
static unsigned char wlow[256];

/*
 * For makekey: kact: 1 a blank, 2 and 3 the lead bytes 0xc2 and 0xc3,
 * 0 any other; klow: the byte lower-cased (ASCII); kplain: klow where
 * kact is 0, except NUL, and 0 elsewhere (test and lower-case in one
 * load); ktrim: the bytes cut from the key's end.
 */
static unsigned char kact[256], klow[256], kplain[256], ktrim[256];

/* The first two bytes of the phrases of kind C, as bits. */
static unsigned char cfirst2[65536 / 8];
#define PAIR(s)		((unsigned)(unsigned char)(s)[0] << 8 | \
			    (unsigned char)(s)[1])
#define BIT2(t, s)	((t)[PAIR(s) >> 3] & (1u << (PAIR(s) & 7)))

/* log(1 + v), from a table for small whole numbers */
static float lgtab[1024];

static float
lg1p(double v)
{
	if (v >= 0 && v < 1024 && v == (double)(int)v)
		return lgtab[(int)v];
	return (float)log1p(v);
}

/* the same for a count */
static float
lg1pn(size_t v)
{
	return v < 1024 ? lgtab[v] : (float)log1p((double)v);
}

static void
lexinit(void)
{
	size_t i;

	for (i = 0; lexicon[i] != NULL; i++)
		if (lexicon[i][0] == 'C')
			cfirst2[PAIR(lexicon[i] + 1) >> 3] |=
			    (unsigned char)(1u << (PAIR(lexicon[i] + 1) & 7));
	for (i = 0; lexicon[i] != NULL; i++)
		addphrase(lexicon[i][0] == 'C' ? lexc : lexb,
		    lexicon[i][0] == 'C' ? nlexc : nlexb, lexicon[i] + 1,
		    lexicon[i][0]);
	for (i = 0; months[i] != NULL; i++)
		addphrase(monthb, nmonthb, months[i], 'M');
	for (i = 0; i < 1024; i++)
		lgtab[i] = (float)log1p((double)i);
	for (i = 0; i < 256; i++) {
		kact[i] = i == ' ' || i == '\t' || i == '\n' ? 1 : i == 0xc2 ? 2 :
		    i == 0xc3 ? 3 : 0;
		klow[i] = (unsigned char)(i >= 'A' && i <= 'Z' ? i + 32 : i);
		kplain[i] = kact[i] == 0 ? klow[i] : 0;
		ktrim[i] = i != 0 && strchr(" .:;,!?|>-\xbb\xa6\x80\xe2",
		    (int)i) != NULL;
	}
	for (i = 0; i < 256; i++)
		bclass[i] = (i | 32) >= 'a' && (i | 32) <= 'z' ? 1 :
		    i == 0xc2 || i == 0xc3 || i == 0xe2 || i == 0xe3 ||
		    i == 0xef ? 3 : i >= 0x80 ? 2 : 0;
	for (i = 0; i < 256; i++)
		wlow[i] = bclass[i] == 1 || bclass[i] == 2 ? klow[i] : 0;
}

/* ---- the template table ------------------------------------------ */

/*
 * Normalized short lines seen in earlier records of this stream: a
 * fixed table of hashes, each with the number of records it was seen in.
 * When it fills up, the lines seen once are forgotten.
 */
#define TSIZE	(1u << 16)
#define TMAXLEN	400		/* longer paragraphs are not templates */
static struct {
	uint64_t	 h;
	unsigned	 n;		/* records seen in */
	unsigned long	 last;		/* the last record */
} ttab[TSIZE];
static size_t tused;
static unsigned long nrecords;

static unsigned
tfind(uint64_t h)
{
	unsigned i = (unsigned)h & (TSIZE - 1);

	while (ttab[i].h != 0 && ttab[i].h != h)
		i = (i + 1) & (TSIZE - 1);
	return i;
}

static void
tprune(void)
{
	static unsigned keep[TSIZE];
	uint64_t hs[TSIZE / 2];
	unsigned long ls[TSIZE / 2];
	size_t i, k = 0;

	for (i = 0; i < TSIZE && k < TSIZE / 4; i++)
		if (ttab[i].h != 0 && ttab[i].n > 1) {
			hs[k] = ttab[i].h;
			keep[k] = ttab[i].n;
			ls[k++] = ttab[i].last;
		}
	memset(ttab, 0, sizeof(ttab));
	tused = 0;
	for (i = 0; i < k; i++) {
		unsigned j = tfind(hs[i]);

		ttab[j].h = hs[i];
		ttab[j].n = keep[i];
		ttab[j].last = ls[i];
		tused++;
	}
}

static unsigned
tcount(uint64_t h)
{
	unsigned i = tfind(h);

	return ttab[i].h == h ? ttab[i].n : 0;
}

static void
tadd(uint64_t h)
{
	unsigned i;

	if (tused >= TSIZE / 2)
		tprune();
	i = tfind(h);
	if (ttab[i].h == 0) {
		ttab[i].h = h;
		tused++;
	}
	if (ttab[i].last != nrecords || ttab[i].n == 0) {
		ttab[i].n++;
		ttab[i].last = nrecords;
	}
}

/* ---- the record's word triples ----------------------------------- */

/*
 * Hashes of the word triples of the paragraphs read so far in this
 * record, to see how much of a paragraph repeats earlier text (a teaser
 * of the body, a caption printed twice, the body again as page data).
 * Entries carry the record's number, so nothing needs clearing, and the
 * paragraph's, so that a paragraph does not repeat itself.  At most
 * SMAX triples are kept (1 MiB): plenty for one article.
 */
#define SMAX	((size_t)1 << 15)
struct sent {
	uint64_t	 h;
	uint32_t	 gen;		/* the record */
	uint32_t	 para;		/* the first paragraph it was in */
};
static struct sent *sset;
static size_t scap, sn;
static uint32_t sgen = 1, spara;

static size_t
sslot(const struct sent *t, size_t cap, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);

	while (t[i].gen == sgen && t[i].h != h)
		i = (i + 1) & (cap - 1);
	return i;
}

/* Double the table, keeping this record's entries. */
static void
sgrow(void)
{
	struct sent *t;
	size_t i, k, cap = scap ? scap * 2 : 4096;

	if ((t = calloc(cap, sizeof(*t))) == NULL)
		nw_die(2, "out of memory");
	for (k = 0; k < scap; k++)
		if (sset[k].gen == sgen) {
			i = sslot(t, cap, sset[k].h);
			t[i] = sset[k];
		}
	free(sset);
	sset = t;
	scap = cap;
}

/*
 * Was h in an earlier paragraph of the record?  Remember it.  Called
 * for every word: the caller grows the table (SMARK), and the table and
 * the record's number are read once into locals (a store into the table
 * could otherwise be sgen for all the compiler knows).
 */
static int
smark(uint64_t h)
{
	struct sent *t = sset;
	size_t i, mask = scap - 1;
	uint32_t gen = sgen;

	for (i = (size_t)h & mask; t[i].gen == gen; i = (i + 1) & mask)
		if (t[i].h == h)
			return t[i].para != spara;
	if (sn < SMAX) {
		t[i].h = h;
		t[i].gen = gen;
		t[i].para = spara;
		sn++;
	}
	return 0;
}

/*
 * smark(h), the table grown first when half full.  The check is at each
 * call, so that sgrow (called from more than one place) stays out of
 * line and smark needs no registers saved for it.
 */
#define SMARK(h)	((sn * 2 >= scap && scap < 2 * SMAX ? sgrow() : \
			    (void)0), smark(h))

/* ---- one paragraph ----------------------------------------------- */

static int
isupperstart(const unsigned char *w)
{
	if (w[0] >= 'A' && w[0] <= 'Z')
		return 1;
	return w[0] == 0xc3 && w[1] >= 0x80 && w[1] <= 0x9e && w[1] != 0x97;
}

static int
isbullet(const char *s, size_t n)
{
	static const char *b[] = { "\xe2\x80\xa2", "\xc2\xb7", "\xe2\x96\xaa",
	    "\xe2\x96\xa1", "\xe2\x96\xba", "\xe2\x96\xb6", "\xe2\x80\xba",
	    "\xc2\xbb", "\xe2\x86\x92", "\xe2\x9e\x94", "\xe2\x97\x8f",
	    "\xe2\x96\xa0", "\xe2\x96\xb8", "\xe2\x97\x8b", NULL };
	size_t i;

	if (n == 0)
		return 0;
	switch (s[0]) {
	case '*': case '-': case '>': case '+': case '|':
		return n == 1 || s[1] == ' ';
	case '\xe2': case '\xc2':
		break;
	default:
		return 0;
	}
	/* s[2] may be the value's final NUL: it matches no third byte */
	for (i = 0; b[i] != NULL && n >= 2; i++)
		if (s[0] == b[i][0] && s[1] == b[i][1] &&
		    (b[i][0] == '\xc2' || s[2] == b[i][2]))
			return 1;
	return 0;
}

/* Is the word w[0..n) (lower case) a month name or a year? */
static int
dateword(const char *w, size_t n)
{
	size_t i, c;

	if (n == 4 && (memcmp(w, "19", 2) == 0 || memcmp(w, "20", 2) == 0) &&
	    w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9')
		return 1;
	if (n < 2)
		return 0;
	c = BUCKET(w);
	for (i = 0; i < nmonthb[c]; i++)
		if (monthb[c][i].n == n && memcmp(monthb[c][i].s, w, n) == 0)
			return 1;
	return 0;
}

/*
 * The bytes of multibyte punctuation at s (nw_punct_len), quickly for
 * the bytes that cannot start any.
 */
static size_t
plen(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];

	if (bclass[c] != 3)
		return 0;
	if (c == 0xc3)
		return n >= 2 && s[1] == '\x97' ? 2 : 0;
	return nw_punct_len(s, n);
}

/* A 64-bit hash of n bytes, eight at a time (used only in memory). */
static uint64_t
keyhash(const char *s, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 0xff51afd7ed558ccdULL;
	return nw_mix64(h);
}

/*
 * Lower-cased key: leading non-letters gone, blanks made one space; ws
 * gets the offsets of the words after the first.
 */
static size_t
makekey(const char *s, size_t n, char *key, size_t cap, unsigned short *ws,
    size_t *nws)
{
	size_t i = 0, k = 0, b, nw = 0;
	int sp = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z') &&
		    !(c >= '0' && c <= '9') && c != '(')
			i++;
		else if (c >= 0x80 && (b = plen(s + i, n - i)) > 0 &&
		    memcmp(s + i, "\xc2\xa9", 2) != 0) {
			/* a rule of one character: all of it at once */
			size_t j = i + b;

			while (j + 64 <= n && memcmp(s + j, s + j - b, 64) == 0)
				j += 64;
			while (j < n && s[j] == s[j - b])
				j++;
			i += (j - i) / b * b;
		} else
			break;
	}
	for (; i < n && k + 4 < cap; i++) {
		unsigned char c = (unsigned char)s[i];

		/*
		 * The common bytes, quickly: those that are only lower-cased,
		 * and a single space before one of them.
		 */
		if (!sp) {
			/* i and k move together here: k + 4 < cap is i < lim */
			size_t lim = cap - 4 - k + i < n ? cap - 4 - k + i : n;

			while (i < lim) {
				if ((c = kplain[(unsigned char)s[i]]) != 0) {
					key[k++] = (char)c;
					i++;
				} else if (s[i] == ' ' && k > 0 && i + 1 < n &&
				    (c = kplain[(unsigned char)s[i + 1]]) !=
				    0) {
					key[k++] = ' ';
					ws[nw++] = (unsigned short)k;
					key[k++] = (char)c;
					i += 2;
				} else	/* a NUL goes the slow way, as a byte */
					break;
			}
		}
		if (i >= n || k + 4 >= cap)
			break;
		c = (unsigned char)s[i];
		switch (kact[c]) {
		case 1:			/* a blank */
			sp = 1;
			continue;
		case 2:			/* 0xc2: a no-break space? */
			if (i + 1 < n && (unsigned char)s[i + 1] == 0xa0) {
				i++;
				sp = 1;
				continue;
			}
			break;
		case 3:			/* 0xc3: a Latin-1 letter */
			if (i + 1 < n) {
				if (sp && k > 0) {
					key[k++] = ' ';
					ws[nw++] = (unsigned short)k;
				}
				sp = 0;
				nw_lower(s + i, 2, key + k);
				k += 2;
				i++;
				continue;
			}
			break;
		}
		if (sp) {
			if (k > 0) {
				key[k++] = ' ';
				ws[nw++] = (unsigned short)k;
			}
			sp = 0;
		}
		key[k++] = (char)klow[c];
	}
	while (k > 0 && k < cap && ktrim[(unsigned char)key[k - 1]])
		k--;
	key[k] = '\0';
	*nws = nw;
	return k;
}

static int
wordbyte(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z' ? 1 : c >= 0x80;
}

/* The phrases of kind C that key[j..k) starts with. */
static int
lexcat(const char *key, size_t k, size_t j)
{
	const struct phrase *ph;
	size_t i, np;
	int c = 0;

	if (j >= k || !BIT2(cfirst2, key + j))
		return 0;
	ph = lexc[BUCKET(key + j)];
	np = nlexc[BUCKET(key + j)];
	for (i = 0; i < np; i++)
		if (ph[i].n <= k - j && ph[i].s[1] == key[j + 1] &&
		    (ph[i].n < 3 || ph[i].s[2] == key[j + 2]) &&
		    memcmp(ph[i].s, key + j, ph[i].n) == 0)
			c++;
	return c;
}

static void
lexmatch(const char *key, size_t k, size_t len, const unsigned short *ws,
    size_t nws, float *x, int *head)
{
	const struct phrase *ph;
	const char *e;
	size_t i, np;

	if (k == 0)
		return;
	ph = lexb[BUCKET(key)];
	np = nlexb[BUCKET(key)];
	for (i = 0; i < np; i++) {
		if (ph[i].n > k || ph[i].s[1] != key[1] ||
		    (ph[i].n > 2 && ph[i].s[2] != key[2]) ||
		    memcmp(ph[i].s, key, ph[i].n) != 0)
			continue;
		if (ph[i].n == k) {
			x[F_LEXW] = 1;
			if (ph[i].kind == 'H')
				*head = 1;
		} else if (!wordbyte((unsigned char)key[ph[i].n])) {
			x[F_LEXP] = 1;
			if (ph[i].kind == 'H' && len < 60)
				*head = 1;
		}
	}
	if (len > 300)
		return;
	/*
	 * At the start of each word: the start, after a space or "(", and
	 * at a 0xc2 byte (the sign ©) not already there.
	 */
	x[F_LEXC] += lexcat(key, k, 0);
	for (i = 0; i < nws; i++)
		if (ws[i] < k && BIT2(cfirst2, key + ws[i]))
			x[F_LEXC] += lexcat(key, k, ws[i]);
	for (e = key; (e = memchr(e, '(', (size_t)(key + k - e))) != NULL;)
		x[F_LEXC] += lexcat(key, k, (size_t)(++e - key));
	for (e = key; (e = memchr(e, '\xc2', (size_t)(key + k - e))) != NULL;
	    e++)
		if (e > key && e[-1] != ' ' && e[-1] != '(')
			x[F_LEXC] += lexcat(key, k, (size_t)(e - key));
}


/* Word triples: the hash of each word joins the last two. */
static uint64_t wprev1, wprev2;
static int wseen;
static size_t ntrig, nseen;

static inline void
pushhash(uint64_t h)
{
	if (++wseen >= 3) {
		ntrig++;
		nseen += SMARK(wprev2 * 31 + wprev1 * 7 + h);
	}
	wprev2 = wprev1;
	wprev1 = h;
}

static void
pushword(const char *w, size_t n)
{
	pushhash(nw_hash64(w, n, 0));
}

/* One byte into an FNV-1a hash. */
#define FNV(h, c)	((h) = ((h) ^ (c)) * 0x100000001b3ULL)

/*
 * The rest of a word at a byte of class 3 (scanword): a Latin-1 letter
 * or another non-punctuation character goes on, punctuation ends it.
 */
static size_t
scanrest(const char *s, const unsigned char *p, size_t n, uint64_t h,
    uint64_t *hp)
{
	const unsigned char *u = (const unsigned char *)s, *e = u + n;
	unsigned c;

	for (;;) {
		if (*p == 0xc3 && p + 1 < e) {
			/* a Latin-1 letter, or the sign × that ends it */
			if (p[1] == 0x97)
				break;
			c = p[1] <= 0x9e && p[1] >= 0x80 ? p[1] + 0x20u : p[1];
			FNV(h, 0xc3u);
			FNV(h, c);
			p += 2;
		} else {
			if (*p != 0xc3 && nw_punct_len((const char *)p,
			    (size_t)(e - p)) != 0)
				break;
			FNV(h, *p);
			p++;
		}
		for (c = wlow[*p]; c != 0; c = wlow[*++p])
			FNV(h, c);
		if (p >= e || bclass[*p] != 3)
			break;
	}
	*hp = h;
	return (size_t)(p - u);
}

/*
 * The end of the word that starts at s[i]; *hp gets the FNV-1a hash of
 * its bytes lower-cased as nw_lower does (nw_hash64 without the final
 * mix).  s[n] must be NUL (a field value is): it is not a word byte, so
 * the run of plain word bytes needs no length check.  Most words are one
 * such run: that part is inline, the rest (scanrest) is not.
 */
static inline size_t
scanword(const char *s, size_t i, size_t n, uint64_t *hp)
{
	const unsigned char *u = (const unsigned char *)s, *p = u + i;
	uint64_t h = 0xcbf29ce484222325ULL;
	unsigned c;

	/* the next byte is looked up while this one is hashed */
	for (c = wlow[*p]; c != 0; c = wlow[*++p])
		FNV(h, c);
	if (p < u + n && bclass[*p] == 3)
		return scanrest(s, p, n, h, hp);
	*hp = h;
	return (size_t)(p - u);
}

/*
 * What a lower-cased word is: its stopword languages and whether it is
 * a date word, remembered by the word's hash in a fixed table.
 */
#define WMEMO	16384
static struct {
	uint64_t	 h;
	unsigned	 bits;
	unsigned char	 len, date;
} wmemo[WMEMO];

/*
 * One word w[0..len) of fewer than 32 bytes, h its hash from scanword:
 * its hash pushed, its stopword bits and date flag looked up (the word
 * is lower-cased only when it is not in the table).
 */
static unsigned
wordlook(uint64_t h, const char *w, size_t len, int *date)
{
	char low[32];
	size_t m;

	h = nw_mix64(h);
	pushhash(h);
	m = (size_t)h & (WMEMO - 1);
	if (wmemo[m].h != h || wmemo[m].len != len) {
		nw_lower(w, len, low);
		wmemo[m].h = h;
		wmemo[m].len = (unsigned char)len;
		wmemo[m].bits = nw_stopword(low, len);
		wmemo[m].date = len >= 3 && len <= 9 && dateword(low, len);
	}
	*date = wmemo[m].date;
	return wmemo[m].bits;
}

/* Does the paragraph end with a comment's "said:"? */
static int
saidline(const char *s, size_t n)
{
#define S(w)	{ w, sizeof(w) - 1 }
	static const struct {
		const char	*w;
		size_t		 n;
	} said[] = { S("said:"), S("says:"), S("wrote:"), S("writes:"),
	    S("schrieb:"), S("sagt:"), S("sagte:"), S("dice:"), S("dit:"),
	    S("a écrit:"), S("escribió:"), S("zei:"), S("skrev:"),
	    S("disse:"), S("ha scritto:"), S("reply"), S("antworten"),
	    S("répondre"), S("responder"), S("rispondi") };
#undef S
	size_t i, k, e;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
		n--;
	/*
	 * All of them end in ':', 'y', 'n', 'e', 'r' or 'i'; those in ':'
	 * come first in the list, the others after.
	 */
	if (n == 0)
		return 0;
	if (s[n - 1] == ':')
		i = 0, e = 15;
	else if (s[n - 1] == 'y' || s[n - 1] == 'n' || s[n - 1] == 'e' ||
	    s[n - 1] == 'r' || s[n - 1] == 'i')
		i = 15, e = sizeof(said) / sizeof(said[0]);
	else
		return 0;
	for (; i < e; i++) {
		k = said[i].n;
		if (n >= k && said[i].w[k - 1] == s[n - 1] &&
		    memcmp(s + n - k, said[i].w, k) == 0 &&
		    (n == k || s[n - k - 1] == ' '))
			return 1;
	}
	return 0;
}

/* Share of the bytes that are in URLs. */
static float
urlshare(const char *s, size_t n)
{
	size_t i = 0, b, u = 0;

	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\n'))
			i++;
		b = i;
		while (i < n && s[i] != ' ' && s[i] != '\n')
			i++;
		if (i - b > 4 && (memchr(s + b, '/', i - b) != NULL &&
		    (strncmp(s + b, "http", 4) == 0 ||
		    strncmp(s + b, "www.", 4) == 0)))
			u += i - b;
	}
	return n > 0 ? (float)u / (float)n : 0;
}

/*
 * The features of one paragraph that need no other paragraph, except
 * the stopword share, which waits for the record's language.  The
 * paragraph's stopwords are added to the record's hits too.
 */
static void
describe(struct para *p, const char *s, size_t n, unsigned long *hits)
{
	char key[512];
	size_t i = 0, b, len, k;
	unsigned long words = 0, upper = 0, letters = 0, digits = 0, nonsp = 0;
	unsigned long commas = 0, seps = 0, sents = 0, wlen = 0, cjk = 0;
	unsigned long dates = 0, lines = 1, quotes = 0;
	unsigned bits, cp;
	int link = 0, form = 0, d, l;
	unsigned short ws[512];		/* where the key's words start */
	uint64_t wh;
	size_t nws;
	float *x = p->x;
	size_t e;

	memset(x, 0, sizeof(p->x));
	memset(p->stop, 0, sizeof(p->stop));
	ntrig = nseen = 0;
	spara++;
	wseen = 0;
	wprev1 = wprev2 = 0;
	p->lexh = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ') {		/* the most common byte between words */
			i++;
			continue;
		}
		if (c < 0x80) {
			if ((c | 32) >= 'a' && (c | 32) <= 'z') {
				/* an ASCII-led word */
				b = i;
				i = scanword(s, i, n, &wh);
				goto word;
			}
			if (c >= '0' && c <= '9') {
				digits++;
				nonsp++;
				b = i;
				while (i < n && s[i] >= '0' && s[i] <= '9')
					i++;
				digits += i - b - 1;
				nonsp += i - b - 1;
				if (i - b == 4 && dateword(s + b, 4))
					dates++;
				continue;
			}
			switch (c) {
			case ' ': case '\t':
				break;
			case '\n':
				lines++;
				break;
			case ',':
				commas++;
				nonsp++;
				break;
			case '.': case '!': case '?':
				nonsp++;
				if (i + 1 < n && s[i + 1] == ' ' && i > 0 &&
				    s[i - 1] != '.')
					sents++;
				break;
			case '|':
				seps++;
				nonsp++;
				break;
			case '[':
				form++;
				nonsp++;
				break;
			case '@':
				link = 1;
				nonsp++;
				break;
			case '"':
				quotes++;
				nonsp++;
				break;
			case '/':
				if (i + 1 < n && s[i + 1] == '/' && i > 0 &&
				    s[i - 1] == ':')
					link = 1;
				nonsp++;
				break;
			default:
				nonsp++;
			}
			i++;
			continue;
		}
		if ((b = plen(s + i, n - i)) > 0) {
			size_t j = i + b, r;

			/* the same character again and again: a rule */
			while (j + 64 <= n && memcmp(s + j, s + j - b, 64) == 0)
				j += 64;
			while (j < n && s[j] == s[j - b])
				j++;
			r = (j - i) / b;
			if (b == 3 && (unsigned char)s[i + 1] == 0x80 &&
			    ((unsigned char)s[i + 2] == 0x9c ||
			    (unsigned char)s[i + 2] == 0x9e))
				quotes += r;
			else if (b == 2 && (unsigned char)s[i + 1] == 0xab)
				quotes += r;
			else if (b == 3 && (unsigned char)s[i + 1] == 0x80 &&
			    (unsigned char)s[i + 2] == 0xa2)
				seps += r;
			else if (b == 2 && (unsigned char)s[i + 1] == 0xb7)
				seps += r;
			else if (b == 3 && (unsigned char)s[i + 1] == 0x80 &&
			    (unsigned char)s[i + 2] == 0x82)
				sents += r;	/* ideographic full stop */
			if (!(b == 2 && (unsigned char)s[i + 1] == 0xa0))
				nonsp += r;
			i += r * b;
			continue;
		}
		/* a word that starts with a non-ASCII letter */
		b = i;
		d = c >= 0xe3 && c <= 0xe9 ? nw_utf8_decode(s + i, n - i, &cp) :
		    0;		/* Han and Kana are led by these */
		if (d > 0 && (nw_script(cp) == NW_SCRIPT_HAN ||
		    nw_script(cp) == NW_SCRIPT_KANA)) {
			/* no spaces: count characters, two to a word */
			while (i < n && (d = nw_utf8_decode(s + i, n - i,
			    &cp)) > 0 && (nw_script(cp) == NW_SCRIPT_HAN ||
			    nw_script(cp) == NW_SCRIPT_KANA)) {
				i += (size_t)d;
				cjk++;
			}
			pushword(s + b, i - b);
			letters += cjk;
			nonsp += cjk;
			continue;
		}
		i = scanword(s, i, n, &wh);
		if (i == b) {
			i++;
			wh = (0xcbf29ce484222325ULL ^ (unsigned char)s[b]) *
			    0x100000001b3ULL;
		}
word:
		len = i - b;
		words++;
		wlen += len;
		letters += len;
		nonsp += len;
		if (isupperstart((const unsigned char *)s + b))
			upper++;
		if (len < 32) {	/* longer: hashed as it is */
			/* the languages it is a stopword of */
			for (l = 0, bits = wordlook(wh, s + b, len, &d);
			    bits != 0; l++, bits >>= 1)
				if (bits & 1) {
					p->stop[l]++;
					hits[l]++;
				}
			dates += d;
			if (len == 3 && (s[b] | 32) == 'w' &&
			    (s[b + 1] | 32) == 'w' && (s[b + 2] | 32) == 'w')
				link = 1;
		} else
			pushword(s + b, len);
	}
	words += cjk / 2;
	p->words = (unsigned)words;
	x[F_LWORDS] = lg1pn(words);
	x[F_LCHARS] = lg1pn(nonsp);
	x[F_SHORT] = words < 5;
	if (words > 0) {
		x[F_UPPER] = (float)upper / (float)words;
		x[F_WLEN] = (float)wlen / (float)words / 10.0f;
		x[F_COMMA] = (float)commas / (float)words * 5.0f;
		x[F_SEP] = (float)seps / (float)words * 5.0f;
	}
	if (nonsp > 0) {
		x[F_DIGIT] = (float)digits / (float)nonsp;
		x[F_ALPHA] = (float)letters / (float)nonsp;
	}
	x[F_LINK] = link;
	x[F_FORM] = form > 0;
	x[F_LINES] = lg1pn(lines - 1);
	x[F_SENT] = lg1pn(sents);
	x[F_DATE] = dates > 0 && words < 12;
	x[F_QUOTE] = quotes > 0;

	/* how it starts and ends */
	b = 0;
	while (b < n && (s[b] == ' ' || s[b] == '\t'))
		b++;
	x[F_BULLET] = isbullet(s + b, n - b);
	e = n;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' ||
	    s[e - 1] == '\n'))
		e--;
	k = e;
	/* closing quotes and brackets before the final mark */
	for (;;) {
		if (k > 0 && (s[k - 1] == '"' || s[k - 1] == '\'' ||
		    s[k - 1] == ')'))
			k--;
		else if (k >= 3 && (unsigned char)s[k - 3] == 0xe2 &&
		    (unsigned char)s[k - 2] == 0x80 &&
		    ((unsigned char)s[k - 1] == 0x9d ||
		    (unsigned char)s[k - 1] == 0x99))
			k -= 3;
		else if (k >= 2 && (unsigned char)s[k - 2] == 0xc2 &&
		    (unsigned char)s[k - 1] == 0xbb)
			k -= 2;
		else
			break;
	}
	if (k > 0 && (s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?'))
		x[F_END] = 1;
	else if (k >= 3 && memcmp(s + k - 3, "\xe3\x80\x82", 3) == 0)
		x[F_END] = 1;	/* 。 */
	else if (k >= 3 && (memcmp(s + k - 3, "\xef\xbc\x81", 3) == 0 ||
	    memcmp(s + k - 3, "\xef\xbc\x9f", 3) == 0))
		x[F_END] = 1;
	if (k > 0 && s[k - 1] == ':')
		x[F_COLON] = 1;
	if ((k >= 3 && memcmp(s + k - 3, "...", 3) == 0) ||
	    (k >= 3 && memcmp(s + k - 3, "\xe2\x80\xa6", 3) == 0))
		x[F_ELLIPSIS] = 1, x[F_END] = 0;

	/* the lexicon */
	nws = 0;
	k = makekey(s, n, key, sizeof(key), ws, &nws);
	lexmatch(key, k, n, ws, nws, x, &p->lexh);
	x[F_HEAD] = p->lexh;
	if (x[F_LEXC] > 2)
		x[F_LEXC] = 2;
	p->h = k > 0 ? keyhash(key, k) | 1 : 0;

	/* how much of it repeats earlier paragraphs of the record */
	if (ntrig > 0)
		x[F_SEEN] = (float)nseen / (float)ntrig;
	if (p->h != 0 && SMARK(p->h))
		x[F_SEEN] = 1;
	for (i = 0; i < n && s[i] == ' '; i++)
		;
	x[F_INDENT] = i < 12 ? (float)i / 4.0f : 3.0f;
	x[F_SAID] = n < 300 && saidline(s, n);
	x[F_URL] = link ? urlshare(s, n) : 0;
}

/* ---- one record -------------------------------------------------- */

static float
sigmoid(float z)
{
	return 1.0f / (1.0f + expf(-z));
}

static float
dot(const float *w, const float *x, int n)
{
	float z = w[n];		/* the bias comes last */
	int i;

	for (i = 0; i < n; i++)
		z += w[i] * x[i];
	return z;
}

static float
zat(long i)
{
	if (i < 0 || i >= (long)nps)
		return -3.0f;
	return ps[i].z;
}

/*
 * The indentation of most of a text's words: indentadd() counts a
 * paragraph's words at its indentation (F_INDENT is at most 3, in
 * quarters: 13 steps), indentmode() gives the step with the most.
 */
#define NINDENT	13

static void
indentadd(float *w, const struct para *p)
{
	w[(int)(p->x[F_INDENT] * 4.0f + 0.5f)] += (float)p->words;
}

static size_t
indentmode(const float *w)
{
	size_t j, ind;

	for (j = 1, ind = 0; j < NINDENT; j++)
		if (w[j] > w[ind])
			ind = j;
	return ind;
}

/*
 * The third stage.  Paragraphs the second stage keeps form runs, broken
 * by three or more dropped ones in a row; the run with the most words is
 * the main text.  Each paragraph is judged again by where it stands
 * relative to that run, how big its own run is, and its indentation.
 */
#define KEEP3	0.5f		/* the score to keep: a little above even */

static void
stage3(void)
{
	size_t i, j, bad = 0, main = 0, mfirst = 0, mlast = 0, ind;
	size_t gapb = 0, gapa;
	long nseg = -1, last = -1;
	float *mass = NULL, total = 0, indw[NINDENT];

	for (i = 0; i < nps; i++) {
		ps[i].seg = -1;
		if (ps[i].z2 <= 0) {
			bad++;
			continue;
		}
		if (last < 0 || bad >= 3)
			nseg++;
		ps[i].seg = nseg;
		last = (long)i;
		bad = 0;
	}
	if (nseg >= 0) {
		mass = nw_malloc((size_t)(nseg + 1) * sizeof(*mass));
		memset(mass, 0, (size_t)(nseg + 1) * sizeof(*mass));
	}
	for (i = 0; i < nps; i++)
		if (ps[i].seg >= 0) {
			mass[ps[i].seg] += (float)ps[i].words;
			total += (float)ps[i].words;
		}
	for (j = 1; nseg >= 0 && j <= (size_t)nseg; j++)
		if (mass[j] > mass[main])
			main = j;
	memset(indw, 0, sizeof(indw));
	for (i = 0, mfirst = nps; i < nps; i++)
		if (ps[i].seg == (long)main && nseg >= 0) {
			if (mfirst == nps)
				mfirst = i;
			mlast = i;
			indentadd(indw, &ps[i]);
		}
	ind = indentmode(indw);
	for (i = 0; i < nps; i++) {
		struct para *p = &ps[i];
		float *x = p->x;

		x[S_Z2] = p->z2;
		x[S_Z2P] = i > 0 ? ps[i - 1].z2 : -5;
		x[S_Z2N] = i + 1 < nps ? ps[i + 1].z2 : -5;
		x[S_INMAIN] = mfirst < nps && i >= mfirst && i <= mlast;
		x[S_DBEFORE] = mfirst < nps && i < mfirst ?
		    lg1pn(mfirst - i) : 0;
		x[S_DAFTER] = mfirst < nps && i > mlast ?
		    lg1pn(i - mlast) : 0;
		x[S_SEGRATIO] = p->seg >= 0 && mass[main] > 0 ?
		    mass[p->seg] / mass[main] : 0;
		x[S_IND] = (size_t)(p->x[F_INDENT] * 4.0f + 0.5f) != ind;
		x[S_NSEG] = lg1p((double)(nseg + 1));
		x[S_MAINFRAC] = total > 0 ? mass[main] / total : 0;
		/* the dropped ones right before it, and right after */
		x[S_GAPB] = lg1pn(gapb);
		gapb = p->z2 <= 0 ? gapb + 1 : 0;
	}
	for (i = nps, gapa = 0; i > 0; i--) {
		ps[i - 1].x[S_GAPA] = lg1pn(gapa);
		gapa = ps[i - 1].z2 <= 0 ? gapa + 1 : 0;
	}
	for (i = 0; i < nps; i++) {
		/* no trees where the first rule below decides */
		if (ps[i].x[F_LEXW] > 0 && ps[i].words <= 3)
			ps[i].boiler = 1;
		else if (NTREES3 > 0)
			ps[i].boiler = forest3(ps[i].x) < KEEP3;
#ifdef NW_STRIP_DUMP
		{
			int q;

			printf("#F %zu", i);
			for (q = 0; q < NLOCAL; q++)
				printf(" %.7g", ps[i].x[q]);
			printf(" |");
			for (q = 0; q < NALL; q++)
				printf(" %.7g", ps[i].x[q]);
			printf("\n");
		}
#endif
	}
	free(mass);
}

/* ---- context over the verdicts ----------------------------------- */

/* Is p plain prose: long enough, ending a sentence, in the language? */
static int
prose(const struct para *p, int lang)
{
	return p->words >= 15 && p->x[F_END] > 0 && p->x[F_SEEN] < 0.5f &&
	    p->x[F_BULLET] == 0 && p->x[F_LEXW] == 0 && p->x[F_LEXP] == 0 &&
	    p->x[F_LINK] == 0 && p->x[F_FORM] == 0 && p->x[F_INDENT] == 0 &&
	    (lang < 0 || p->x[F_STOP] >= 0.25f);
}

/*
 * Does s[0..n) ask for a subscription or a newsletter?  Such
 * a paragraph after the article is an appeal, not more of
 * the article.  (ASCII stems, any case.)
 */
static int
appeal(const char *s, size_t n)
{
	static const char *stem[] = { "newsletter", "subscri", "abonn", NULL };
	size_t i, j, k;

	for (k = 0; stem[k] != NULL; k++)
		for (i = 0; i + strlen(stem[k]) <= n; i++) {
			for (j = 0; stem[k][j] != '\0' &&
			    klow[(unsigned char)s[i + j]] == (unsigned char)stem[k][j]; j++)
				;
			if (stem[k][j] == '\0')
				return 1;
		}
	return 0;
}

/*
 * Is s[0..n) the signature line of an embedded post: an em dash, a
 * handle in brackets "(@...", and a date ending in a year?
 */
static int
signature(const char *s, size_t n)
{
	const char *v = s, *e = s + n, *q;

	while (v < e && *v == ' ')
		v++;
	if (e - v < 8 || memcmp(v, "\xe2\x80\x94 ", 4) != 0)
		return 0;
	for (q = v; (q = memchr(q, '(', (size_t)(e - q))) != NULL &&
	    (e - q < 2 || q[1] != '@'); q++)
		;
	while (e > v && (e[-1] == ' ' || e[-1] == '\n'))
		e--;
	return q != NULL && e - v >= 4 && e[-1] >= '0' && e[-1] <= '9' &&
	    e[-4] >= '0' && e[-4] <= '9';
}

/* Is paragraph i a list item: a bullet, or a number and "." or ")"? */
static int
listitem(const struct nw_rec *r, size_t i)
{
	const char *s = r->f[ps[i].fi].val;
	size_t n = r->f[ps[i].fi].len, b = 0, e;

	if (ps[i].x[F_BULLET] > 0)
		return 1;
	while (b < n && (s[b] == ' ' || s[b] == '\t'))
		b++;
	for (e = b; e < n && e < b + 4 && s[e] >= '0' && s[e] <= '9'; e++)
		;
	return e > b && e + 1 < n && (s[e] == '.' || s[e] == ')') &&
	    s[e + 1] == ' ';
}

/*
 * Short lines that come three times or more in the record ("Article
 * content", "Advertisement" between the paragraphs): markers, which the
 * rules below look through.  A small table of their hashes.
 */
#define RSIZE	1024
static void
markers(void)
{
	static struct {
		uint64_t	 h;
		unsigned	 n;
	} t[RSIZE];
	size_t i, k, used = 0;

	for (i = 0; i < nps; i++) {
		ps[i].rep = 0;
		if (ps[i].h == 0 || ps[i].words > 6 || used >= RSIZE / 2)
			continue;
		for (k = ps[i].h & (RSIZE - 1); t[k].h != 0 && t[k].h !=
		    ps[i].h; k = (k + 1) & (RSIZE - 1))
			;
		if (t[k].h == 0) {
			t[k].h = ps[i].h;
			used++;
		}
		t[k].n++;
	}
	for (i = 0; i < nps; i++) {
		if (ps[i].h == 0 || ps[i].words > 6)
			continue;
		for (k = ps[i].h & (RSIZE - 1); t[k].h != 0 && t[k].h !=
		    ps[i].h; k = (k + 1) & (RSIZE - 1))
			;
		ps[i].rep = t[k].h == ps[i].h && t[k].n >= 3;
	}
	/* empty the table again: only the slots used */
	for (i = 0; i < nps; i++)
		if (ps[i].h != 0 && ps[i].words <= 6)
			for (k = ps[i].h & (RSIZE - 1); t[k].h != 0;
			    k = (k + 1) & (RSIZE - 1))
				t[k].h = 0, t[k].n = 0;
}

/*
 * Rules over the verdicts so far, looking through the markers.  The
 * main text is the run of kept paragraphs with the most words (runs end
 * at three dropped ones in a row; indented paragraphs count a quarter,
 * as nested menus and teaser lists are indented and articles are not).
 * A dropped paragraph of prose right after or right before kept prose
 * stays: the article goes on past an inserted block.  After the main text, a kept
 * paragraph indented deeper than the main text and not a list item goes
 * (comments, teasers, a page's footer); before it, too, when it is
 * before the Title (title, or nps) and the main text after it.
 */
static void
context(const struct nw_rec *r, int lang, size_t title)
{
	size_t i, bad = 0, mfirst = nps, mlast = nps, first = nps, last = 0;
	size_t run = 0, best = 0, ind;
	long a;
	float iw[NINDENT];

	markers();
	for (i = 0; i <= nps; i++) {
		if (i < nps && ps[i].rep)
			continue;
		if (i < nps && ps[i].boiler) {
			bad++;
			continue;
		}
		if (i == nps || (first < nps && bad >= 3)) {
			if (first < nps && run > best) {
				best = run;
				mfirst = first;
				mlast = last;
			}
			first = nps;
			run = 0;
		}
		if (i == nps)
			break;
		if (first == nps)
			first = i;
		run += ps[i].x[F_INDENT] > 0 ? ps[i].words / 4 : ps[i].words;
		last = i;
		bad = 0;
	}
	/* the indentation of most of the main text's words */
	memset(iw, 0, sizeof(iw));
	for (i = mfirst; i < nps && i <= mlast; i++)
		if (!ps[i].boiler)
			indentadd(iw, &ps[i]);
	ind = indentmode(iw);

	for (i = 0; i < nps; i++) {
		if (!ps[i].boiler || ps[i].rep || !prose(&ps[i], lang))
			continue;
		for (a = (long)i - 1; a >= 0 && ps[a].rep; a--)
			;
		if (a >= 0 && !ps[a].boiler && ps[a].words >= 15 &&
		    ps[a].x[F_END] > 0 && !appeal(r->f[ps[i].fi].val,
		    r->f[ps[i].fi].len))
			ps[i].boiler = 0;
	}
	/* and right before kept prose, from the end back */
	for (i = nps; i > 0; i--) {
		long b;

		if (!ps[i - 1].boiler || ps[i - 1].rep ||
		    !prose(&ps[i - 1], lang))
			continue;
		for (b = (long)i; b < (long)nps && ps[b].rep; b++)
			;
		if (b < (long)nps && !ps[b].boiler && ps[b].words >= 15 &&
		    ps[b].x[F_END] > 0 && ps[b].x[F_INDENT] == 0 &&
		    !appeal(r->f[ps[i - 1].fi].val, r->f[ps[i - 1].fi].len))
			ps[i - 1].boiler = 0;
	}
	/*
	 * A short line that does not end like a sentence, between two kept
	 * paragraphs of ten words or more, is a subheading and stays.
	 */
	for (i = 1; i + 1 < nps; i++) {
		struct para *p = &ps[i];
		long b;

		if (!p->boiler || p->rep || p->words > 12 || p->words == 0 ||
		    p->x[F_END] > 0 || p->x[F_LEXW] > 0 || p->x[F_LEXP] > 0 ||
		    p->x[F_LEXC] > 0 || p->x[F_SEEN] >= 0.5f ||
		    p->x[F_LINK] > 0 || p->x[F_FORM] > 0 || p->lexh ||
		    listitem(r, i))
			continue;
		for (a = (long)i - 1; a >= 0 && ps[a].rep; a--)
			;
		for (b = (long)i + 1; b < (long)nps && ps[b].rep; b++)
			;
		if (a >= 0 && b < (long)nps && !ps[a].boiler && !ps[b].boiler &&
		    ps[a].words >= 10 && ps[b].words >= 10 && ps[b].x[F_INDENT] == 0)
			p->boiler = 0;
	}
	/*
	 * The signature of an embedded post after its kept text stays:
	 * "\xe2\x80\x94 Name (@name) May 2, 2024".
	 */
	for (i = 1; i < nps; i++)
		if (ps[i].boiler && !ps[i - 1].boiler && ps[i].words <= 15 &&
		    signature(r->f[ps[i].fi].val, r->f[ps[i].fi].len))
			ps[i].boiler = 0;
	for (i = mlast + 1; mlast < nps && i < nps; i++)
		if (!ps[i].boiler && !listitem(r, i) &&
		    (size_t)(ps[i].x[F_INDENT] * 4.0f + 0.5f) > ind)
			ps[i].boiler = 1;
	for (i = 0; mfirst < nps && i < mfirst; i++)
		if (!ps[i].boiler && !listitem(r, i) &&
		    (size_t)(ps[i].x[F_INDENT] * 4.0f + 0.5f) > ind &&
		    ps[i].fi < title && ps[mfirst].fi > title)
			ps[i].boiler = 1;
}

/* Classify every Para of the record: ps[i].boiler. */
static void
classify(const struct nw_rec *r, int lang, size_t title)
{
	const struct nw_field *tf = title < r->n ? &r->f[title] : NULL;
	size_t i, j, bs = 0, be = 0, cs = 0, lastgood, ind, ncmt = 0;
	float indw[NINDENT];
	float best = 0, run = 0, good = 0, before, total = 0;
	long gprev;
	int relrun = 0;
	size_t seen = 0, ntpl = 0;

	for (i = 0; i < nps; i++) {
		struct para *p = &ps[i];
		const struct nw_field *f = &r->f[p->fi];

		if (lang >= 0) {
			p->x[F_LSTOP] = lg1pn(p->stop[lang]);
			p->x[F_STOP] = p->words ? (float)p->stop[lang] /
			    (float)p->words : 0;
		} else {
			p->x[F_NOLIST] = 1;
			p->x[F_STOP] = 0.3f;
			p->x[F_LSTOP] = lg1p(0.3 * p->words);
		}
		if (tf != NULL) {
			p->x[F_BEFORE] = p->fi < title;
			p->x[F_AFTER] = p->fi > title ?
			    lg1pn(p->fi - title) / 4.0f : 0;
			p->x[F_EQTITLE] = f->len == tf->len &&
			    memcmp(f->val, tf->val, f->len) == 0;
		} else
			p->x[F_NOTITLE] = 1;
		p->x[F_RELPOS] = nps > 1 ? (float)i / (float)(nps - 1) : 0;
		/*
		 * The same text seven paragraphs on or less: both are
		 * marked; eight on, only the later one.
		 */
		for (j = i + 1; j <= i + 8 && j < nps && p->h != 0; j++)
			if (ps[j].h == p->h) {
				ps[j].x[F_DUP] = 1;
				if (j < i + 8)
					p->x[F_DUP] = 1;
			}
		p->z = dot(w1, p->x, NLOCAL);
		p->p = sigmoid(p->z);
	}
	/* the densest run of good text: the best sum of (p - 0.5) * size */
	for (i = 0; i < nps; i++) {
		float v = (ps[i].p - 0.5f) * (float)(ps[i].words < 100 ?
		    ps[i].words + 1 : 101);

		if (run <= 0) {
			run = 0;
			cs = i;
		}
		run += v;
		if (run > best) {
			best = run;
			bs = cs;
			be = i + 1;
		}
		if (ps[i].p > 0.5f)
			total += (float)ps[i].words;
	}
	/* the indentation of most of the good text */
	memset(indw, 0, sizeof(indw));
	for (i = 0; i < nps; i++)
		if (ps[i].p > 0.5f)
			indentadd(indw, &ps[i]);
	ind = indentmode(indw);
	/* the last good paragraph of some length */
	for (i = nps, lastgood = nps; i > 0; i--)
		if (ps[i - 1].p > 0.5f && ps[i - 1].words >= 10) {
			lastgood = i - 1;
			break;
		}
	/* the next good one of some length (at most 30 on) */
	for (i = nps, gprev = -1; i > 0; i--) {
		ps[i - 1].x[C_GNEXT] = gprev < 0 || gprev - (long)(i - 1) >= 30 ?
		    30 : (float)(gprev - (long)(i - 1));
		if (ps[i - 1].p > 0.5f && ps[i - 1].words >= 10)
			gprev = (long)(i - 1);
	}
	gprev = -1;
	for (i = 0; i < nps; i++) {
		struct para *p = &ps[i];
		float win = 0, *x = p->x;
		int nw = 0, nb = 0, nsh = 0;
		long d;

		before = good;
		if (p->p > 0.5f)
			good += (float)p->words;
		for (j = i > 4 ? i - 4 : 0; j <= i + 4 && j < nps; j++)
			if (j != i) {
				win += ps[j].p;
				nw++;
				nb += ps[j].x[F_BULLET] > 0;
				nsh += ps[j].words < 6;
			}
		if (p->lexh)
			relrun = 1;
		else if (p->p > 0.7f && p->words >= 15)
			relrun = 0;
		x[C_Z] = p->z;
		x[C_ZP1] = zat((long)i - 1);
		x[C_ZN1] = zat((long)i + 1);
		x[C_ZP2] = zat((long)i - 2);
		x[C_ZN2] = zat((long)i + 2);
		x[C_ZMIN] = x[C_ZP1] < x[C_ZN1] ? x[C_ZP1] : x[C_ZN1];
		x[C_ZMAX] = x[C_ZP1] > x[C_ZN1] ? x[C_ZP1] : x[C_ZN1];
		x[C_WIN] = nw ? win / (float)nw : 0;
		x[C_BULLETS] = nw ? (float)nb / (float)nw : 0;
		x[C_SHORTS] = nw ? (float)nsh / (float)nw : 0;
		x[C_INBLOCK] = i >= bs && i < be;
		x[C_DIST] = i < bs ? lg1pn(bs - i) :
		    i >= be ? -lg1pn(i - be + 1) : 0;
		x[C_LBEFORE] = lg1p(before);
		x[C_LAFTER] = lg1p(total - good);
		/* paragraphs to the nearest good one of some length */
		x[C_GPREV] = gprev < 0 ? 30 : (float)((long)i - gprev);
		if (p->p > 0.5f && p->words >= 10)
			gprev = (long)i;
		x[C_RELRUN] = relrun && !p->lexh;
		d = tf != NULL ? (long)p->fi - (long)title : 0;
		x[C_TDIST] = d < 0 ? -lg1pn((size_t)-d) :
		    lg1pn((size_t)d);
		x[C_NPARAS] = lg1pn(nps);
		x[C_INDDIFF] = (size_t)(p->x[F_INDENT] * 4.0f + 0.5f) != ind;
		x[C_CMT] = ncmt > 0;
		ncmt += p->x[F_SAID] > 0;
		x[C_LASTGOOD] = lastgood == nps ? 0 : i > lastgood ?
		    lg1pn(i - lastgood) : 0;
		p->z2 = forest2(x);
		p->boiler = p->z2 < 0;
	}
	stage3();

	/*
	 * Two rules over the models: a paragraph that is only an interface
	 * phrase goes; prose inside the main run stays, whatever words it
	 * mentions, unless it repeats earlier text.
	 */
	for (i = 0; i < nps; i++) {
		struct para *p = &ps[i];

		if (p->x[F_LEXW] > 0 && p->words <= 3)
			p->boiler = 1;
		else if (p->x[S_INMAIN] > 0 && p->words >= 15 &&
		    p->x[F_END] > 0 && p->x[F_SEEN] < 0.5f &&
		    p->x[F_BULLET] == 0 && p->x[F_INDENT] == 0 &&
		    (lang < 0 || p->x[F_STOP] >= 0.25f))
			p->boiler = 0;
	}
	/*
	 * A comment header ("Jane on May 2, 2024 at 5:01 pm said:") after
	 * the start of the main run: the comments run to the end.
	 */
	for (i = 0, j = 0; i < nps; i++) {
		struct para *p = &ps[i];

		if (j)
			p->boiler = 1;
		else if (p->x[F_SAID] > 0 && p->words <= 15 &&
		    p->x[F_DIGIT] > 0 && p->x[S_DBEFORE] == 0) {
			p->boiler = 1;
			j = 1;
		}
	}
	/* a short line between two kept paragraphs is a subheading */
	for (i = 1; i + 1 < nps; i++) {
		struct para *p = &ps[i];

		if (p->boiler && !ps[i - 1].boiler && !ps[i + 1].boiler &&
		    p->x[S_INMAIN] > 0 && p->words <= 12 &&
		    p->x[F_LEXW] == 0 && p->x[F_LEXP] == 0 &&
		    p->x[F_LEXC] == 0 && p->x[F_BULLET] == 0 &&
		    p->x[F_SEEN] < 0.5f && p->x[F_LINK] == 0 &&
		    p->x[F_FORM] == 0 && ps[i - 1].words >= 10 &&
		    ps[i + 1].words >= 10)
			p->boiler = 0;
	}

	/*
	 * What cannot be body text: a paragraph of symbols alone, without a
	 * word or a digit (a rule, a lone bullet), and a long paragraph
	 * whose word triples were nearly all in earlier paragraphs (the
	 * body printed again).
	 */
	for (i = 0; i < nps; i++) {
		struct para *p = &ps[i];

		if ((p->words == 0 && p->x[F_DIGIT] == 0) ||
		    (p->x[F_SEEN] >= 0.8f && p->words >= 20))
			p->boiler = 1;
	}

	/*
	 * A "Related" heading after the start of the article takes the
	 * lines after it, up to the next paragraph of prose.
	 */
	for (i = 0, j = 0; i < nps; i++) {
		struct para *p = &ps[i];

		if (!j) {
			if (!p->boiler && p->words >= 15)
				j = 1;
			continue;
		}
		if (p->lexh && p->words <= 6) {
			p->boiler = 1;
			for (i++; i < nps; i++) {
				if ((ps[i].x[F_INDENT] == 0 ||
				    ps[i].x[F_BULLET] > 0) && ps[i].words >= 15 &&
				    (ps[i].x[F_END] > 0 || ps[i].x[F_COLON] > 0))
					break;
				ps[i].boiler = 1;
			}
			i--;
		}
	}
	context(r, lang, title);

	/* a site's template: lines seen in other records of the stream */
	for (i = 0; i < nps; i++)
		if (ps[i].h != 0 && r->f[ps[i].fi].len <= TMAXLEN) {
			ntpl++;
			if (tcount(ps[i].h) > 0)
				seen++;
		}
	if (nrecords > 0 && seen * 2 < ntpl)
		for (i = 0; i < nps; i++)
			if (ps[i].h != 0 && r->f[ps[i].fi].len <= TMAXLEN &&
			    tcount(ps[i].h) >= 2)
				ps[i].boiler = 1;
	for (i = 0; i < nps; i++)
		if (ps[i].h != 0 && r->f[ps[i].fi].len <= TMAXLEN)
			tadd(ps[i].h);
	nrecords++;

	/* the user's patterns */
	for (i = 0; i < nps && npats > 0; i++)
		for (j = 0; j < npats && !ps[i].boiler; j++)
			if (regexec(&pats[j], r->f[ps[i].fi].val, 0, NULL,
			    0) == 0)
				ps[i].boiler = 1;
}

static const char *
fieldval(const struct nw_rec *r, const char *name, char *buf, size_t cap)
{
	const struct nw_field *f = nw_get(r, name);
	size_t n;

	if (f == NULL)
		return NULL;
	n = f->len < cap - 1 ? f->len : cap - 1;
	memcpy(buf, f->val, n);
	buf[n] = '\0';
	return buf;
}

static void
report(const struct nw_rec *r, const char *file, const struct nw_field *f)
{
	char src[256], id[128], ex[80];
	const char *s = fieldval(r, "Source", src, sizeof(src));
	const char *d = fieldval(r, "Id", id, sizeof(id));
	size_t i, k = 0;

	for (i = 0; i < f->len && k < 60; i++) {
		char c = f->val[i];

		if (c == '\n' || c == '\t')
			c = ' ';
		if (c == '"' || c == '\\')
			ex[k++] = '\\';
		ex[k++] = c;
	}
	/* end on a character boundary */
	while (i < f->len && k > 0 && ((unsigned char)f->val[i] & 0xc0) ==
	    0x80) {
		k--;
		while (k > 0 && ((unsigned char)ex[k] & 0xc0) == 0x80)
			k--;
		i = f->len;	/* cut */
	}
	ex[k] = '\0';
	if (s == NULL)
		s = file;
	if (d == NULL) {
		snprintf(id, sizeof(id), "%lu", r->line);
		d = id;
	}
	fprintf(stderr, "%s:%s: boilerplate: \"%s%s\"\n", s, d, ex,
	    i < f->len ? "..." : "");
}

/* nw_is for a literal name, without measuring it every time */
#define ISNAME(f, s)	((f)->name != NULL && (f)->namelen == sizeof(s) - 1 && \
			    memcmp((f)->name, s, sizeof(s) - 1) == 0)

static int
stripfile(const char *path)
{
	static struct nw_rec r;
	struct nw_reader rd;
	struct nw_langstat st;
	const char *lang;
	size_t i, title, at;
	int rv, li, haslang;

	if (nw_reader_open(&rd, path) != 0) {
		nw_warn("%s:", path);
		return 2;
	}
	while ((rv = nw_read(&rd, &r)) > 0) {
		if (r.special) {
			if (!check)
				nw_put_rec(stdout, &r);
			continue;
		}
		nps = 0;
		if (++sgen == 0) {
			/* wrapped: forget everything */
			if (scap > 0)
				memset(sset, 0, scap * sizeof(*sset));
			sgen = 1;
		}
		sn = 0;
		title = r.n;
		haslang = -2;
		nw_lang_init(&st);
		for (i = 0; i < r.n; i++) {
			const struct nw_field *f = &r.f[i];

			if (ISNAME(f, "Title") && title == r.n)
				title = i;
			if (ISNAME(f, "Lang"))
				haslang = nw_lang_index(f->val, f->len);
			if (!ISNAME(f, "Para"))
				continue;
			if (nps == pcap) {
				pcap = pcap ? pcap * 2 : 256;
				ps = nw_realloc(ps, pcap * sizeof(*ps));
			}
			ps[nps].fi = i;
			describe(&ps[nps], f->val, f->len, st.hits);
			st.words += ps[nps].words;
			nps++;
		}
		/* the script counts: only where the stopwords say nothing */
		lang = nw_lang_guess(&st);
		if (lang == NULL)
			for (i = 0; i < nps; i++) {
				const struct nw_field *f = &r.f[ps[i].fi];

				nw_lang_add(&st, f->val, f->len);
				if (st.words > 2000)
					break;
			}
		if (lang == NULL)
			lang = nw_lang_guess(&st);
		li = haslang >= 0 ? haslang : lang ? nw_lang_index(lang,
		    strlen(lang)) : -1;
		classify(&r, li, title);

		/* write: Lang after the leading Id, Source and comments */
		at = 0;
		while (at < r.n && (r.f[at].name == NULL ||
		    nw_is(&r.f[at], "Id") || nw_is(&r.f[at], "Source")))
			at++;
		for (i = 0, li = 0; i <= r.n; i++) {
			if (i == at && haslang == -2 && nps > 0 && !check)
				nw_put(stdout, "Lang", lang ? lang : "und",
				    lang ? strlen(lang) : 3);
			if (i == r.n)
				break;
			if (li < (int)nps && ps[li].fi == i) {
				if (ps[li].boiler) {
					if (check) {
						report(&r, rd.file, &r.f[i]);
						found = 1;
					} else if (mark) {
						fputs("Boiler", stdout);
						fwrite(r.f[i].raw + 4, 1,
						    r.f[i].rawlen - 4, stdout);
					}
				} else if (!check)
					nw_put_field(stdout, &r.f[i]);
				li++;
				continue;
			}
			if (!check)
				nw_put_field(stdout, &r.f[i]);
		}
		if (!check && nw_end(stdout))
			break;
	}
	if (rv < 0)
		nw_warn("%s", rd.err);
	nw_reader_close(&rd);
	return rv < 0 ? 2 : 0;
}

/* ---- main -------------------------------------------------------- */

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: nw-strip [-m] [-f FILE] [--check] [FILE ...]\n");
	if (fp == stdout)
		fputs("Remove boilerplate paragraphs from nw records.\n"
		    "  -m         mark: keep them as Boiler fields\n"
		    "  -f FILE    also remove paragraphs matching a pattern "
		    "of FILE\n"
		    "             (one POSIX extended regex a line)\n"
		    "      --check    report boilerplate on stderr, write "
		    "nothing; exit 1 if any\n"
		    "      --help     show this help\n"
		    "      --version  show the version\n", fp);
}

static void
loadpats(const char *path)
{
	struct nw_lines in;
	char *line, *pat = NULL, msg[256];
	size_t len;
	int fd, nl, rv, e;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		nw_die(2, "%s:", path);
	fd = fileno(fp);
	if (nw_lines_init(&in, fd) != 0)
		nw_die(2, "%s:", path);
	while ((rv = nw_lines_get(&in, &line, &len, &nl)) > 0) {
		if (len == 0 || line[0] == '#')
			continue;
		if (memchr(line, '\0', len) != NULL)
			nw_die(2, "%s:%lu: NUL byte in pattern", path,
			    in.lineno);
		pat = nw_realloc(pat, len + 1);
		memcpy(pat, line, len);
		pat[len] = '\0';
		pats = nw_realloc(pats, (npats + 1) * sizeof(*pats));
		if ((e = regcomp(&pats[npats], pat, REG_EXTENDED |
		    REG_NOSUB)) != 0) {
			regerror(e, &pats[npats], msg, sizeof(msg));
			nw_die(2, "%s:%lu: bad pattern: %s", path, in.lineno,
			    msg);
		}
		npats++;
	}
	if (rv < 0)
		nw_die(2, "%s:", path);
	free(pat);
	nw_lines_free(&in);
	fclose(fp);
}

int
main(int argc, char *argv[])
{
	static const struct nw_longopt lo[] = {
		{ "check", 0, 'c' },
		{ NULL, 0, 0 }
	};
	struct nw_opt o;
	int c, i, status = 0;

	nw_start();
	nw_setprog(argv[0]);
	nw_opt_init(&o);
	while ((c = nw_getopt(&o, argc, argv, "f:m", lo)) != -1) {
		switch (c) {
		case 'c':
			check = 1;
			break;
		case 'f':
			loadpats(o.arg);
			break;
		case 'm':
			mark = 1;
			break;
		default:	/* --help, --version, a bad option */
			return nw_optend(c, &o, usage);
		}
	}
	argc -= o.ind;
	argv += o.ind;
	lexinit();
	if (argc == 0)
		status = stripfile("-");
	for (i = 0; i < argc && !ferror(stdout); i++)
		if (stripfile(argv[i]) != 0)
			status = 2;
	if (status == 0 && found)
		status = 1;
	return nw_finish(status);
}
