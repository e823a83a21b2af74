/*
 * lang.c: stopwords and language detection from text alone.
 *
 * Each language with a stopword list gets one bit.  nw_stopword() looks a
 * lower-cased word up in one hash table built on first use and returns the
 * bits of the languages in which it is a stopword.  Detection counts those
 * hits over a text (nw_langstat) and also counts letters by script, so that
 * text in Korean, Japanese, Chinese, Cyrillic, Greek, Arabic or Hebrew is
 * named by its script.  The table is fixed in size: memory does not grow.
 */
#include <stdlib.h>
#include <string.h>

#include "nw.h"

/*
 * The most frequent function words of each language: articles,
 * pronouns, prepositions, conjunctions, auxiliaries.  Lower case; words
 * are split at apostrophes, so "l'" is "l".
 */
static const struct {
	const char	*code;
	const char	*words;
} langs[] = {
	{ "en", "a about after all also am an and any are as at be been but by "
	    "can could did do does for from had has have he her his how i if in "
	    "into is it its just me more most my no not of on one only or other "
	    "our out over she so some than that the their them then there these "
	    "they this those to up us was we were what when where which while "
	    "who will with would you your said says about because such" },
	{ "de", "der die das den dem des ein eine einen einem einer eines und "
	    "oder aber auch als am an auf aus bei bis da dass daß durch für gegen "
	    "hat haben hatte hatten ich ist im in mit nach nicht noch nur ob sich "
	    "sie sind so um und uns von vor war waren was wie wir wird werden "
	    "wurde wurden zu zum zur es er ihr ihre ihren ihrem ihm ihn man mehr "
	    "schon sein seine seiner seinen seinem sei kann können muss soll "
	    "über unter wenn weil denn doch dies diese dieser dieses diesem "
	    "einen kein keine jetzt sagte" },
	{ "fr", "le la les l un une des du de d et ou mais donc car ni que qu "
	    "qui quoi dont où à au aux en dans par pour sur sous avec sans ce "
	    "cet cette ces c se s son sa ses leur leurs il ils elle elles on nous "
	    "vous je j tu est sont était été être a ont avait avoir fait plus pas "
	    "ne n y comme aussi si tout tous toute entre après avant lors selon "
	    "même" },
	{ "es", "el la los las lo un una unos unas y o pero que de del a al en "
	    "con por para sin sobre entre es son fue era ser ha han había se su "
	    "sus le les me mi nos este esta estos estas ese esa como más muy ya "
	    "no también cuando donde porque si todo todos hasta desde tras ante "
	    "según durante está están hay sido cual quien" },
	{ "it", "il lo la i gli le un uno una di del dello della dei degli delle "
	    "a al allo alla ai agli alle da dal dalla dai in nel nello nella nei "
	    "negli nelle con su sul sulla per tra fra e ed o ma che non è sono "
	    "era erano stato stata essere ha hanno aveva si ci ne come anche più "
	    "questo questa quello quella suo sua suoi sue loro se quando dove "
	    "perché già" },
	{ "nl", "de het een en of maar dat die dit deze van in op aan met voor "
	    "door bij naar uit over om tot als is zijn was waren wordt worden "
	    "werd heeft hebben had er hij zij ze ik we wij je u niet geen ook nog "
	    "wel al dan meer zo te hun haar zich wat wie waar omdat toen na "
	    "tegen kan zal moet" },
	{ "pt", "o a os as um uma uns umas e ou mas que de do da dos das em no "
	    "na nos nas por pelo pela pelos pelas para com sem sobre entre é são "
	    "foi era ser ter tem têm seu sua seus suas ele ela eles elas se não "
	    "mais como também já muito quando onde porque até ao aos à às isso "
	    "este esta essa esse" },
	{ "sv", "och i att det som en på är av för med till den har de inte om "
	    "ett han men var jag hon så kan man från vid eller sig under efter "
	    "skulle när nu också vi dem sin sina ska bara blir blev hade där "
	    "mot utan ut upp över än alla vara varit detta denna dessa deras "
	    "hans hennes vilket" },
	{ "da", "og i at det som en på er af for med til den har de ikke om et "
	    "han men var jeg hun så kan man fra ved eller sig under efter skulle "
	    "når nu også vi dem sin sine skal blev havde der mod uden ud op over "
	    "end alle være været denne disse deres hans hendes hvor hvis" },
	{ "no", "og i at det som en på er av for med til den har de ikke om et "
	    "han men var jeg hun så kan man fra ved eller seg under etter skulle "
	    "når nå også vi dem sin sine skal ble hadde der mot uten ut opp over "
	    "enn alle være vært denne disse deres hans hennes hvor hvis" },
	{ "pl", "i w na z że do się nie to jest o jak ale od po za a przez są "
	    "dla czy jego jej ich tak już co być był była było był który która "
	    "które tym ten ta te oraz lub też przy pod nad może tylko jako jednak "
	    "gdy" },
};
#define NLANG	(sizeof(langs) / sizeof(langs[0]))

/* Scripts that name a language on their own when they dominate. */
static const char *scriptlang[NW_SCRIPTS] = { NULL, "ko", "ja", "zh", "ru",
    "el", "ar", "he", "th" };

#define TABSIZE	2048		/* power of two, > 2 * all the words */
#define MAXWORD	15

static struct {
	char		 w[MAXWORD + 1];
	unsigned	 bits;
} tab[TABSIZE];
static int built;
static size_t longest;		/* bytes of the longest stopword */

static unsigned
hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void
build(void)
{
	size_t l, n;
	const char *p, *e;
	unsigned h;

	for (l = 0; l < NLANG; l++)
		for (p = langs[l].words; *p != '\0'; p = e) {
			while (*p == ' ')
				p++;
			for (e = p; *e != ' ' && *e != '\0'; e++)
				;
			if ((n = (size_t)(e - p)) == 0 || n > MAXWORD)
				continue;
			h = hash(p, n) & (TABSIZE - 1);
			while (tab[h].w[0] != '\0' &&
			    !(strlen(tab[h].w) == n &&
			    memcmp(tab[h].w, p, n) == 0))
				h = (h + 1) & (TABSIZE - 1);
			memcpy(tab[h].w, p, n);
			tab[h].w[n] = '\0';
			tab[h].bits |= 1u << l;
			if (n > longest)
				longest = n;
		}
	built = 1;
}

int
nw_lang_count(void)
{
	return (int)NLANG;
}

const char *
nw_lang_code(int i)
{
	return i >= 0 && i < (int)NLANG ? langs[i].code : NULL;
}

int
nw_lang_index(const char *code, size_t n)
{
	size_t l;

	for (l = 0; l < NLANG; l++)
		if (strlen(langs[l].code) == n && memcmp(langs[l].code, code,
		    n) == 0)
			return (int)l;
	return -1;
}

unsigned
nw_stopword(const char *w, size_t n)
{
	unsigned h;

	if (!built)
		build();
	if (n == 0 || n > longest)	/* no need to hash it */
		return 0;
	for (h = hash(w, n) & (TABSIZE - 1); tab[h].w[0] != '\0';
	    h = (h + 1) & (TABSIZE - 1))
		if (tab[h].w[n] == '\0' && memcmp(tab[h].w, w, n) == 0)
			return tab[h].bits;
	return 0;
}

size_t
nw_lower(const char *s, size_t n, char *out)
{
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		else if (c == 0xc3 && i + 1 < n &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9e &&
		    (unsigned char)s[i + 1] != 0x97) {
			/* Latin-1 capitals À..Þ (not ×) */
			out[i] = (char)c;
			out[i + 1] = (char)((unsigned char)s[i + 1] + 0x20);
			i++;
			continue;
		}
		out[i] = (char)c;
	}
	return n;
}

int
nw_script(unsigned cp)
{
	if (cp < 0x370)
		return NW_SCRIPT_LATIN;
	if (cp >= 0xac00 && cp <= 0xd7a3)
		return NW_SCRIPT_HANGUL;
	if (cp >= 0x3040 && cp <= 0x30ff)
		return NW_SCRIPT_KANA;
	if (cp >= 0x4e00 && cp <= 0x9fff)
		return NW_SCRIPT_HAN;
	if (cp >= 0x400 && cp <= 0x4ff)
		return NW_SCRIPT_CYRILLIC;
	if (cp >= 0x370 && cp <= 0x3ff)
		return NW_SCRIPT_GREEK;
	if (cp >= 0x600 && cp <= 0x6ff)
		return NW_SCRIPT_ARABIC;
	if (cp >= 0x590 && cp <= 0x5ff)
		return NW_SCRIPT_HEBREW;
	if (cp >= 0xe00 && cp <= 0xe7f)
		return NW_SCRIPT_THAI;
	return NW_SCRIPT_LATIN;
}

/*
 * Split text into words: runs of letters and digits, where every byte of
 * a multibyte character counts as a letter except the punctuation blocks
 * U+00A0..U+00BF and U+2000..U+206F.  Returns the next word's start and
 * sets *len, or NULL at the end.
 */
static const char *
langword(const char *s, size_t n, size_t *pos, size_t *len)
{
	size_t i = *pos, b;

	for (;;) {
		while (i < n && (unsigned char)s[i] < 0x80 &&
		    !((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') &&
		    !(s[i] >= '0' && s[i] <= '9'))
			i++;
		if (i >= n) {
			*pos = n;
			return NULL;
		}
		if ((b = nw_punct_len(s + i, n - i)) > 0) {
			i += b;
			continue;
		}
		break;
	}
	b = i;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			if (!((c | 32) >= 'a' && (c | 32) <= 'z') &&
			    !(c >= '0' && c <= '9'))
				break;
			i++;
		} else {
			size_t k = nw_punct_len(s + i, n - i);

			if (k > 0)
				break;
			i++;
			while (i < n && ((unsigned char)s[i] & 0xc0) == 0x80)
				i++;
		}
	}
	*pos = i;
	*len = i - b;
	return s + b;
}

/* Bytes of a multibyte punctuation or space character at s, else 0. */
size_t
nw_punct_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 2 && u[0] == 0xc2 && u[1] >= 0xa0 && u[1] <= 0xbf)
		return 2;	/* U+00A0..U+00BF */
	if (n >= 2 && u[0] == 0xc3 && u[1] == 0x97)
		return 2;	/* × */
	if (n >= 3 && u[0] == 0xe2 && (u[1] == 0x80 || u[1] == 0x81 ||
	    u[1] == 0x86 || u[1] == 0x96 || u[1] == 0x97 || u[1] == 0x94 ||
	    u[1] == 0x95 || u[1] == 0x98 || u[1] == 0x9c || u[1] == 0x9d))
		return 3;	/* punctuation, arrows, boxes, dingbats */
	if (n >= 3 && u[0] == 0xe3 && u[1] == 0x80)
		return 3;	/* CJK punctuation */
	if (n >= 3 && u[0] == 0xef && (u[1] == 0xbc || u[1] == 0xbd) &&
	    !((u[1] == 0xbc && u[2] >= 0xa1 && u[2] <= 0xba) ||
	    (u[1] == 0xbd && u[2] >= 0x81 && u[2] <= 0x9a) ||
	    (u[1] == 0xbc && u[2] >= 0x90 && u[2] <= 0x99)))
		return 3;	/* full-width punctuation */
	return 0;
}

void
nw_lang_init(struct nw_langstat *st)
{
	memset(st, 0, sizeof(*st));
}

void
nw_lang_add(struct nw_langstat *st, const char *s, size_t n)
{
	char low[MAXWORD + 1];
	const char *w;
	size_t pos = 0, len, i;
	unsigned bits, cp;
	int k;

	while ((w = langword(s, n, &pos, &len)) != NULL) {
		st->words++;
		if ((unsigned char)w[0] >= 0x80) {
			for (i = 0; i < len; i += (size_t)k) {
				if ((k = nw_utf8_decode(w + i, len - i, &cp)) <= 0)
					k = 1;
				st->script[nw_script(cp)]++;
			}
		} else
			st->script[NW_SCRIPT_LATIN] += len;
		if (len > MAXWORD)
			continue;
		nw_lower(w, len, low);
		if ((bits = nw_stopword(low, len)) == 0)
			continue;
		for (i = 0; i < NLANG; i++)
			if (bits & (1u << i))
				st->hits[i]++;
	}
}

const char *
nw_lang_guess(const struct nw_langstat *st)
{
	unsigned long best = 0;
	size_t i, bi = 0;

	for (i = 1; i < NW_SCRIPTS; i++)
		if (st->script[i] > best) {
			best = st->script[i];
			bi = i;
		}
	if (best > st->script[NW_SCRIPT_LATIN])
		return scriptlang[bi];
	best = 0;
	for (i = 0; i < NLANG; i++)
		if (st->hits[i] > best) {
			best = st->hits[i];
			bi = i;
		}
	/* a few hits, and a tenth of the words at least */
	if (best < 3 || best * 10 < st->words)
		return NULL;
	return langs[bi].code;
}

const char *
nw_lang_detect(const char *s, size_t n)
{
	struct nw_langstat st;

	nw_lang_init(&st);
	nw_lang_add(&st, s, n);
	return nw_lang_guess(&st);
}
