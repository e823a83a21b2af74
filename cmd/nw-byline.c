/*
 * nw-byline: find who wrote an article, from its text alone.
 *
 * Reads records (from nw-split) and looks at the short Para fields for a
 * byline: a cue ("By", "Von", "Par", "Author:", "Reporting by" ...)
 * followed by names, a name line with a date, a role word, an e-mail
 * address or a bio next to it, or, near the headline, a line that is
 * nothing but a person's name.  Each candidate line gets a strength (how
 * sure its form makes us) and a distance to the headline or the start of
 * the body; the strongest, nearest one wins, and lines of the same kind
 * right after it (one name per line) join it.  Wire agencies are read from
 * datelines ("PARIS (Reuters) -"), credit lines ("(AP)", "dpa/sda") and
 * attributions ("according to AFP").
 *
 * The new fields (Author, one per person, Bio, Outlet, Agency, Dateline)
 * are written where the first Para they came from was; the byline, bio and
 * credit lines are removed unless -k.  Every other field passes through
 * byte for byte.  One record in memory at a time; the tables below are
 * fixed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nw.h"

#define MAXLINE		480	/* longest Para looked at as a bio */
#define MAXBYLINE	320	/* longest Para looked at as a byline */
#define MAXNAMES	12	/* names kept from one byline */
#define MAXAGENCY	4
#define NAMELEN		96
#define MAXTOK		64
#ifndef NEARW
#define NEARW		8	/* score lost per line from the anchors */
#endif
#ifndef HEADW
#define HEADW		10	/* score won right over the text */
#endif
#ifndef BELOWW
#define BELOWW		50	/* score lost under the text */
#endif

static int keep;			/* -k: keep the consumed Para fields */
static int check;			/* --check */

/* What was read from one line. */
struct byl {
	int		 strength;	/* 0 none, 1 bare name ... 4 cue */
	int		 editors;	/* credit line: editors seen */
	size_t		 nnames;
	char		 names[MAXNAMES][NAMELEN];
	char		 outlet[NAMELEN];
	char		 agency[MAXAGENCY][NAMELEN];
	size_t		 nagency;
	int		 allagency;	/* the "names" are all agencies */
	int		 byoutlet;	/* "Par Le Courrier du Port": the outlet wrote it */
	int		 dated;		/* a known name and a day's date */
	int		 handle;	/* a user name, not a full name */
	int		 anywhere;	/* "이름 기자", an author's box */
	int		 listonly;	/* two or more names, nothing else */
	int		 plain;		/* names only, no given name known:
					 * only between headline and text */
	int		 unsure;	/* a bare name without a known given
					 * name: only with a date line or the
					 * name again under it */
};

/* What the record gets. */
struct found {
	struct byl	 b;
	char		 bio[MAXLINE + 1];
	char		 dateline[NAMELEN];
	char		 agency[MAXAGENCY][NAMELEN];
	size_t		 nagency;
	char		 credit[MAXAGENCY][NAMELEN];	/* dateline, credit */
	size_t		 ncredit;
	char		*drop;		/* per field: consumed */
	char		*body;		/* per field: a long paragraph */
	size_t		 dropcap;
	size_t		 at;		/* field index where new fields go */
	int		 any;
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: nw-byline [-k] [--check] [FILE ...]\n");
	if (fp == stdout)
		fputs("Find authors, bio, outlet, wire agency and dateline "
		    "in nw records.\n"
		    "  -k         keep the byline, bio and credit paragraphs\n"
		    "      --check    exit 1 when a record has no Author\n"
		    "      --help     show this help\n"
		    "      --version  show the version\n", fp);
}

/* --- words ----------------------------------------------------------- */

static const char *const agencies[] = {
	"AP", "Associated Press", "The Associated Press", "AFP",
	"Agence France-Presse", "Reuters", "Thomson Reuters", "dpa", "DPA",
	"Deutsche Presse-Agentur", "sda", "SDA", "Keystone-SDA", "apa", "APA",
	"KNA", "epd", "dts", "AA", "Anadolu", "EFE", "Agencia EFE", "ANSA",
	"Europa Press", "Xinhua", "TASS", "Kyodo", "UPI", "ANP", "Belga",
	"Ritzau", "NTB", "TT", "PAP", "CTK", "ČTK", "Yonhap", "PTI", "IANS",
	"Bloomberg", "AAP", "CP", "The Canadian Press", "Canadian Press",
	"PA", "PA Media", "Press Association", "Interfax", "RIA Novosti",
	"Lusa", "Notimex", "ATS", "AGI", "Adnkronos", "SID", "sid",
	"AP/dpa", "dpa/AP", "AFP/dpa", "dpa/AFP", "Agenturen", "agencies",
	"Agencies", "Jiji", "Jiji Press", "Kyodo News", "Yonhap News",
	"Bernama", "Antara", "Kathpress", "KAP", "APA/AP", NULL
};

/* Cue words before a list of names (compared without case). */
static const char *const cues[] = {
	"by", "von", "par", "por", "di", "door", "av", "af", "od",
	"written by", "posted by", "story by", "words by", "text by",
	"text von", "texte de", "text:", "texte:", "author:", "authors:",
	"autor:", "autorin:", "autoren:", "auteur:", "autore:", "by:",
	"von:", "verfasst von", "geschrieben von", "publié par", "escrito por",
	"scritto da", "a cura di", "reporting by", "additional reporting by",
	"reported by", "kommentar von", "ein kommentar von", "eine analyse von",
	"analyse von", "ein gastbeitrag von", "gastbeitrag von",
	"ein interview von", "interview von", "kolumne von", "eine kolumne von",
	"eine glosse von", "glosse von", "ein essay von", "essay von",
	"ein bericht von", "bericht von", "eine reportage von",
	"reportage von", "commentary by", "analysis by", "opinion by",
	"autorin / autor", "autor / in", "autor*in", "autor / autorin", "reporter:", "redakteur:",
	"redakteurin:", "verfasser:", "verfasserin:", "contributor:",
	"submitted by", "publicado por", "pubblicato da", "geplaatst door",
	"skrivet av", "skrevet af", "skrevet av", "napisał", "napisała",
	"autor", "autorin", "ein beitrag von", "beitrag von", "gepostet von",
	"veröffentlicht von", "erstellt von", "bild av", "Автор:", "автор:",
	"Авторы:", "Текст:", "gespeichert von", "eingestellt von",
	"publiziert von", "redaktion:", "interview:", "autoren",
	"text und fotos:", "text & fotos:", "texto:", "testo:",
	"artikel von", "ein artikel von", "about the author",
	"über den autor", "über die autorin", "Über den Autor",
	"Über die Autorin", NULL
};

/* Cues after which the names are editors, not authors. */
static const char *const editcues[] = {
	"editing by", "edited by", "additional editing by", "writing by",
	"compiled by", "redigiert von", "bearbeitet von",
	"graphics by", "photos by", "photo by", "video by", "illustration by",
	"design by", "producer:", "produced by", NULL
};

/* Words that are never part of a person's name (no case). */
static const char *const notname[] = {
	"the", "a", "an", "of", "and", "or", "der", "die", "das", "den",
	"dem", "des", "ein", "eine", "einer", "und", "oder", "le", "les",
	"un", "une", "et", "el", "los", "las", "il", "lo", "gli", "news",
	"staff", "team", "redaktion", "editorial", "desk", "online", "media",
	"newsroom", "admin", "email", "e-mail", "mail", "contact", "kontakt",
	"follow", "twitter", "facebook", "instagram", "linkedin", "photo",
	"photos", "foto", "fotos", "getty", "images", "image", "share",
	"teilen", "more", "mehr", "read", "lesen", "home", "menu", "menü",
	"login", "subscribe", "abonnieren", "newsletter", "weather", "wetter",
	"sport", "sports", "politik", "politics", "wirtschaft", "business",
	"kultur", "culture", "world", "welt", "opinion", "meinung", "video",
	"videos", "live", "nachrichten", "aktuell", "update",
	"updated", "published", "veröffentlicht", "aktualisiert", "stand",
	"uhr", "min", "minutes", "minuten", "ago", "vor", "today", "heute",
	"gestern", "yesterday", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "montag", "dienstag",
	"mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"comments", "kommentare", "comment", "kommentar",
	"artikel", "article", "articles", "beitrag", "blog", "magazin",
	"magazine", "zeitung", "journal", "verlag", "gmbh", "inc", "ltd",
	"ag", "company", "group", "gruppe", "university", "universität",
	"institute", "institut", "ministry", "ministerium", "police",
	"polizei", "government", "regierung", "president", "präsident",
	"says", "said", "sagt", "told", "wrote", "schrieb", "click", "hier",
	"here", "all", "alle", "neue", "new", "top", "best", "zum", "zur",
	"im", "in", "am", "auf", "für", "for", "from", "with", "mit",
	"to", "at", "on", "is", "ist", "are", "sind", "this", "that", "du",
	"de", "la", "en", "y", "e", "med", "och", "og", "i", "på",
	"anzeige", "werbung", "advertisement", "sponsored", "partner",
	"privacy", "datenschutz", "impressum", "cookies", "cookie", "ok",
	"akzeptieren", "accept", "search", "suche", "lesezeit", "read time",
	"reading", "podcast", "audio", "listen", "anhören", "print",
	"drucken", "archiv", "archive", "startseite", "rubrik", "ressort",
	"thema", "themen", "topics", "tags", "tag", "links", "link",
	"quelle", "source", "agentur", "agency", "press", "presse", "service",
	"guest", "gast", "author", "autor", "autorin", "editor", "redakteur",
	"dr", "prof", "keystone", "shutterstock", "imago", "picture",
	"alliance", "istock", "unsplash", "pixabay", "afp", "reuters", "ap",
	"dpa", "epa", "gettyimages", "wikipedia", "google", "lundi",
	"mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
	"domingo", "à", "zuletzt", "geändert", "publié", "mis", "jour",
	"actualizado", "publicado", "aggiornato", "pubblicato", "gelesen",
	"pm", "gmt", "cet", "cest", "utc", "est", "edt", "red",
	"erstellt", "last", "kategorien", "kategorie", "category",
	"categories", "allgemein", "allgemeines", "uncategorized", "unknown",
	"unbekannt", "anonymous", "anonym", "invitation", "course", "times",
	"post", "herald", "tribune", "gazette", "daily", "chronicle",
	"observer", "telegraph", "guardian", "courier", "kurier", "rundschau",
	"tagblatt", "anzeiger", "review", "weekly", "tv", "radio", "network",
	"spiegel", "bild", "focus", "stern", "fernsehen",
	"illustration", "illustrationen", "grafik", "bilder", "art", "design",
	"fotograf", "fotografin", "kamera", "rss", "feed", "by-nc", "by-sa",
	"by-nd", "cc", "our", "your", "their", "his", "her", "my", "its",
	"unser", "unsere", "unseren", "ihr", "ihre", "sein", "seine", "mein",
	"meine", "einem", "these", "those", "way", "far", "now",
	"then", "using", "means", "default", "vom", "beim",
	"minute", "second", "seconds", "sekunden", "hour", "hours",
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	"views", "view", "reads", "likes", "shares", "aufrufe", "tage",
	"jahre", "wochen", "monate", "mins", "hrs", "secs", "schreibe",
	"ergänzungen", "antworten", "reply", "ab",
	"bis", "seit", "since", "until", "avenue", "street", "road",
	"straße", "strasse", "platz", "allee", "weg", "rue", "boulevard",
	"avenida", "piazza", "plaza", "jpg", "jpeg", "png", "gif", "webp",
	"pdf", "html", "php", "logo", "icon", "marketing", "project",
	"projekt", "department", "abteilung", "communications",
	"kommunikation", "relations", "pressestelle", NULL
};

/*
 * Words of organisations ("Harbour Board", "Gemeinde Seewald"): in a line
 * of names only they make it no list of persons.  After a cue ("By
 * Wikimedia Foundation") the organisation may be the author.
 */
static const char *const orgwords[] = {
	"board", "council", "committee", "commission", "authority",
	"party", "association", "federation", "foundation", "ministerium",
	"stadt", "gemeinde", "stadtwerke", "landkreis", "partei",
	"fraktion", "verein", "verband", "stiftung", "behörde", "stadtrat",
	"gemeinderat", "rathaus", "feuerwehr", "bundesamt", "landesamt",
	"ministère", "mairie", "conseil", "commune", "ayuntamiento",
	"consejo", "ministerio", "comune", "consiglio", "gemeente", NULL
};

/* Verbs after a name: a sentence, not a byline. */
static const char *const verbs[] = {
	"is", "ist", "est", "es", "è", "was", "war", "writes", "schreibt",
	"covers", "has", "hat", "lives", "lebt", "works", "arbeitet",
	"said", "says", "sagt", "sagte", "told", "joined", "will", "wird",
	"a", NULL
};

/* Role words: a name followed by one of them is a byline. */
static const char *const roles[] = {
	"reporter", "correspondent", "writer", "editor", "columnist",
	"journalist", "journalistin", "redakteur", "redakteurin",
	"korrespondent", "korrespondentin", "autor", "autorin", "kolumnist",
	"kolumnistin", "chefredakteur", "chefredakteurin", "contributor",
	"producer", "reporterin", "volontär", "volontärin", "rédacteur",
	"rédactrice", "journaliste", "correspondant", "correspondante",
	"periodista", "redactor", "redactora", "corresponsal", "giornalista",
	"inviato", "inviata", "redattore", "reportern", "reporteren",
	"author", "blogger", "bloggerin", "freelance", "freelancer",
	"staff writer", "text", "ressortleiter", "ressortleiterin",
	"leiter", "leiterin", "moderator", "moderatorin", "analyst",
	"expert", "expertin", "fotograf", "fotografin", NULL
};

/* Words of a job title ("Senior Manager ...", "Head of ..."): a part of a
 * byline with one of them is no name. */
static const char *const jobwords[] = {
	"senior", "junior", "chief", "deputy", "executive", "managing",
	"associate", "assistant", "manager", "managerin", "director",
	"directrice", "directeur", "direktor", "direktorin", "head", "lead",
	"officer", "ceo", "cfo", "cto", "coo", "founder", "co-founder",
	"chairman", "chairwoman", "chair", "vice", "consultant", "specialist",
	"coordinator", "secretary", "spokesman", "spokeswoman",
	"spokesperson", "sprecher", "sprecherin", "geschäftsführer",
	"geschäftsführerin", "vorstand", "referent", "referentin",
	"berater", "beraterin", "gründer", "gründerin", "inhaber",
	"inhaberin", NULL
};

/* Words in front of a role word that belong to the role. */
static const char *const rolemods[] = {
	"senior", "chief", "political", "parliamentary", "deputy",
	"associate", "staff", "travel", "news", "digital", "sports", "sport",
	"business", "foreign", "royal", "health", "science", "tech",
	"technology", "economics", "investigative", "national",
	"international", "contributing", "executive", "managing", "special",
	"assistant", "politics", "entertainment", "features",
	"feature", "legal", "crime", "education", "environment", "climate",
	"social", "trends", "consumer", "money", "property", "motoring",
	"lifestyle", "fashion", "food", "culture", "arts", "film", "music",
	"white", "house", "washington", "europe", "europa", "us", "uk",
	"global", "regional", "local", "freier", "freie", "stellvertretender",
	"stellvertretende", "leitender", "leitende", "online", "video",
	"audio", "data", "weather", "wirtschafts", "politik",
	"lokal", "nachrichten", "reise", "kultur", "wissenschafts", NULL
};

/* Lowercase words inside names. */
static const char *const particles[] = {
	"de", "da", "das", "do", "dos", "del", "della", "di", "du", "des",
	"van", "von", "der", "den", "ter", "ten", "zu", "zum", "la", "le",
	"bin", "ibn", "binti", "al", "el", "y", "e", "af", "av", "st.",
	"'t", NULL
};

/* Particles that follow another one: "van der", "de la", "von den". */
static const char *const secondparticles[] = {
	"der", "den", "des", "la", "le", "los", "las", "y", "e", NULL
};

/* Separators between names, as whole words (no case). */
static const char *const andwords[] = {
	"and", "und", "et", "y", "e", "en", "&", "och", "og", "i",
	"ve", "és", "a", "и", "with", "mit", "avec", "con", NULL
};

/* "Jane Doe with AP": the agency helped, it is no co-author. */
static const char *const withwords[] = {
	"with", "mit", "avec", "con", NULL
};

static int
lowerascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* s[0..n) equals w, without case (ASCII letters; others as bytes). */
static int
eqword(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] == '\0' || lowerascii((unsigned char)s[i]) !=
		    lowerascii((unsigned char)w[i]))
			return 0;
	return w[n] == '\0';
}

static unsigned
hashstr(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/*
 * Is s[0..n) in the word list (lower case), ignoring ASCII case and a
 * final dot ("Apr.")?  Each list gets a hash table on first use (a fixed
 * number of lists, each table twice its list).
 */
static int
inwords(const char *const *list, const char *s, size_t n)
{
	static struct {
		const char *const *list;
		const char	**slot;
		size_t		 mask;
	} cache[32];
	static size_t ncache;
	char buf[64];
	size_t i, k, h;
	unsigned hv = 2166136261u;

	if (n > 1 && s[n - 1] == '.')
		n--;		/* "Apr." */
	if (n == 0 || n >= sizeof(buf))
		return 0;
	for (i = 0; i < n; i++) {	/* lower case and hash in one pass */
		buf[i] = (char)lowerascii((unsigned char)s[i]);
		hv = (hv ^ (unsigned char)buf[i]) * 16777619u;
	}
	buf[n] = '\0';
	for (k = 0; k < ncache && cache[k].list != list; k++)
		;
	if (k == ncache) {
		size_t size = 16, m;

		if (ncache == sizeof(cache) / sizeof(cache[0])) {
			for (; *list != NULL; list++)	/* not reached */
				if (eqword(s, n, *list))
					return 1;
			return 0;
		}
		for (m = 0; list[m] != NULL; m++)
			;
		while (size < 2 * m + 2)
			size *= 2;
		cache[k].list = list;
		cache[k].mask = size - 1;
		cache[k].slot = nw_malloc(size * sizeof(char *));
		memset(cache[k].slot, 0, size * sizeof(char *));
		for (i = 0; i < m; i++) {
			h = hashstr(list[i], strlen(list[i])) & (size - 1);
			while (cache[k].slot[h] != NULL)
				h = (h + 1) & (size - 1);
			cache[k].slot[h] = list[i];
		}
		ncache++;
	}
	for (h = hv & cache[k].mask; cache[k].slot[h] != NULL;
	    h = (h + 1) & cache[k].mask)
		if (cache[k].slot[h][0] == buf[0] &&
		    strcmp(cache[k].slot[h], buf) == 0)
			return 1;
	return 0;
}

/* Is s[0..n) an agency name (exact case for short ones)? */
static const char *
agencyname(const char *s, size_t n)
{
	const char *const *a;

	while (n > 0 && (*s == '(' || *s == ' ' || *s == '-'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ')' || s[n - 1] == ' ' ||
	    s[n - 1] == '.' || s[n - 1] == ','))
		n--;
	if (n == 0 || n > 24)
		return NULL;
	/* a table of the first letters, built once: most words have
	 * none of them */
	{
		static unsigned char first[256];
		static int built;
		unsigned char c = (unsigned char)lowerascii((unsigned char)*s);

		if (!built) {
			for (a = agencies; *a != NULL; a++)
				first[(unsigned char)lowerascii(
				    (unsigned char)**a)] = 1;
			built = 1;
		}
		if (!first[c])
			return NULL;
	}
	for (a = agencies; *a != NULL; a++)
		if (lowerascii((unsigned char)**a) ==
		    lowerascii((unsigned char)*s) && strlen(*a) == n &&
		    (n <= 3 ? memcmp(s, *a, n) == 0 : eqword(s, n, *a)))
			return *a;
	return NULL;
}

/* --- letters ----------------------------------------------------------- */

enum { OTHER, UPPER, LOWER, CASELESS, MARK, DIGIT };

static int
cpclass(unsigned c)
{
	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')
			return UPPER;
		if (c >= 'a' && c <= 'z')
			return LOWER;
		if (c >= '0' && c <= '9')
			return DIGIT;
		return OTHER;
	}
	if (c < 0xC0)
		return OTHER;
	if (c < 0x100)
		return c == 0xD7 || c == 0xF7 ? OTHER : c < 0xDF ? UPPER :
		    LOWER;
	if (c < 0x180) {
		if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F)
			return LOWER;
		if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
			return c & 1 ? UPPER : LOWER;
		if (c == 0x178)
			return UPPER;
		return c & 1 ? LOWER : UPPER;
	}
	if (c == 0x1AF)
		return UPPER;			/* Vietnamese Ư */
	if (c == 0x1B0)
		return LOWER;			/* ư */
	if (c < 0x250)
		return c & 1 ? LOWER : UPPER;	/* close enough */
	if (c >= 0x300 && c < 0x370)
		return MARK;
	if (c >= 0x386 && c < 0x3AC)
		return UPPER;
	if (c >= 0x3AC && c < 0x3D0)
		return LOWER;
	if (c >= 0x400 && c < 0x430)
		return UPPER;
	if (c >= 0x430 && c < 0x460)
		return LOWER;
	if (c >= 0x1E00 && c < 0x1F00)
		return c & 1 ? LOWER : UPPER;
	if ((c >= 0x590 && c < 0x700) || (c >= 0x900 && c < 0xE80) ||
	    (c >= 0x3040 && c < 0x3100) || (c >= 0x3400 && c < 0xA000) ||
	    (c >= 0xAC00 && c < 0xD7A4) || (c >= 0xF900 && c < 0xFB00))
		return CASELESS;
	return OTHER;
}

static unsigned
cplower(unsigned c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xC0 && c < 0xDF && c != 0xD7)
		return c + 32;
	if (c >= 0x100 && c < 0x250 && c != 0x130 && cpclass(c) == UPPER)
		return c + 1;
	if (c >= 0x391 && c < 0x3AA)
		return c + 32;
	if (c >= 0x410 && c < 0x430)
		return c + 32;
	if (c >= 0x400 && c < 0x410)
		return c + 80;
	if (c >= 0x1E00 && c < 0x1F00 && !(c & 1))
		return c + 1;
	return c;
}

static int
firstclass(const char *s, size_t n)
{
	unsigned c;
	int k = nw_utf8_decode(s, n, &c);

	return k > 0 ? cpclass(c) : OTHER;
}

/* --- tokens ------------------------------------------------------------ */

struct tok {
	const char	*s;
	size_t		 n;
	int		 sep;	/* a separator: , ; | / · - – — • */
};

/* Digits followed by a letter: "2x" in "kai2x". */
static int
digitsthenletter(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	return i < n && ((s[i] >= 'a' && s[i] <= 'z') ||
	    (s[i] >= 'A' && s[i] <= 'Z'));
}

/*
 * Split a cleaned line into words and separators.  Commas and semicolons
 * are cut off the words they end; a word glued to the next capital
 * ("FosterTravel", "LazareTwitter") is cut there.
 */
static size_t
tokenize(const char *s, size_t n, struct tok *t, size_t max)
{
	size_t i = 0, j, nt = 0;

	while (i < n && nt < max) {
		unsigned c;
		int k;

		if (s[i] == ' ') {
			i++;
			continue;
		}
		if (s[i] == ',' || s[i] == ';' || s[i] == '|' ||
		    s[i] == '/' || s[i] == '(' || s[i] == ')' ||
		    s[i] == ':' || s[i] == '[' || s[i] == ']') {
			t[nt].s = s + i;
			t[nt].n = 1;
			t[nt++].sep = 1;
			i++;
			continue;
		}
		k = nw_utf8_decode(s + i, n - i, &c);
		if (k > 1 && (c == 0xB7 || c == 0x2013 || c == 0x2014 ||
		    c == 0x2022 || c == 0x2219 || c == 0x22C5 || c == 0xA6 ||
		    c == 0x2015)) {
			t[nt].s = s + i;
			t[nt].n = (size_t)k;
			t[nt++].sep = 1;
			i += (size_t)k;
			continue;
		}
		if (s[i] == '-' && (i + 1 == n || s[i + 1] == ' ')) {
			t[nt].s = s + i;
			t[nt].n = 1;
			t[nt++].sep = 1;
			i++;
			continue;
		}
		/* a word: up to a space or a cutting separator */
		{
			int prev = OTHER, cl;

			for (j = i; j < n; j += (size_t)(k > 0 ? k : 1)) {
				if (s[j] == ' ' || s[j] == ',' || s[j] == ';' ||
				    s[j] == '|' || s[j] == '(' || s[j] == ')' ||
				    s[j] == '[' || s[j] == ']' ||
				    (s[j] == ':' && (j + 1 == n ||
				    s[j + 1] == ' ')) ||
				    (s[j] == '/' && j > i))
					break;
				k = nw_utf8_decode(s + j, n - j, &c);
				if (k <= 0)
					break;
				if (k > 1 && (c == 0xB7 || c == 0x2022 ||
				    c == 0x2013 || c == 0x2014))
					break;
				cl = cpclass(c);
				/* "Levitz@EricLevitz", "Mejías04": cut */
				if (j > i && (c == '@' || (cl == DIGIT &&
				    prev == LOWER && !digitsthenletter(s + j,
				    n - j))) && firstclass(s + i, n - i) == UPPER)
					break;
				/* "FosterTravel": cut, but not McX, MacX, DeX */
				if (cl == UPPER && prev == LOWER && j - i == 2 &&
				    memcmp(s + i, "by", 2) == 0)
					break;		/* "bySauli Giliard" */
				if (cl == UPPER && prev == LOWER && j - i >= 3 &&
				    j + 1 < n && s[j + 1] != ' ' &&
				    !(j - i == 2 && s[i] == 'M') &&
				    !(j - i == 3 && memcmp(s + i, "Mac", 3) == 0))
					break;
				prev = cl;
			}
		}
		if (j == i) {		/* a lone odd byte */
			j = i + 1;
		}
		t[nt].s = s + i;
		t[nt].n = j - i;
		t[nt++].sep = 0;
		i = j;
	}
	return nt;
}

/* "J." "J.R.R." "JR" no; "R." yes */
static int
isinitial(const char *s, size_t n)
{
	size_t i;

	if (n < 2 || s[n - 1] != '.')
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '.' ||
		    s[i] == '-'))
			break;
	if (i == n)
		return 1;
	/* one non-ASCII capital and a dot: "Ž." */
	{
		unsigned c;
		int k = nw_utf8_decode(s, n, &c);

		return k > 1 && (size_t)k + 1 == n && cpclass(c) == UPPER;
	}
}

/*
 * A capitalized name word: an upper-case letter, then letters, marks,
 * hyphens and apostrophes (Jean-Luc, O'Brien, al-Sadr); or all caps.
 * Caseless scripts count when the word has 2 to 8 letters.
 */
static int
isnameword(const char *s, size_t n)
{
	size_t i = 0;
	unsigned c;
	int k, cl, first = 1, letters = 0, caseless = 0, lower = 0, up2 = 0;
	int punct = 0;

	if (n >= 3 && (memcmp(s, "al-", 3) == 0 || memcmp(s, "el-", 3) == 0))
		i = 3;
	else if (n >= 2 && (memcmp(s, "d'", 2) == 0))
		i = 2;
	while (i < n) {
		k = nw_utf8_decode(s + i, n - i, &c);
		if (k <= 0)
			return 0;
		cl = cpclass(c);
		if (first) {
			if (cl == CASELESS)
				caseless = 1;
			else if (cl != UPPER)
				return 0;
			first = 0;
			letters++;
		} else if (cl == UPPER || cl == LOWER || cl == CASELESS) {
			if (letters == 1 && cl == UPPER && !punct)
				up2 = 1;
			punct = 0;
			if (cl == LOWER)
				lower = 1;
			letters++;
		} else if (cl == MARK) {
			;
		} else if (c == '-' || c == '\'' || c == 0x2019) {
			if (i + (size_t)k >= n)
				return 0;
			punct = 1;
		} else if (c == '.' && i + 1 == n && letters <= 3) {
			;	/* "Jr." "St." */
		} else {
			return 0;
		}
		i += (size_t)k;
	}
	if (caseless)
		return letters >= 2 && letters <= 8;
	if (up2 && lower)
		return 0;	/* "RSS-Newsfeed", "CHIP-Redaktion" */
	return letters >= 2;
}

static int
isdigitword(const char *s, size_t n)
{
	size_t i, d = 0;

	for (i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			d++;
	return d > 0;
}

static int
issuffix(const char *s, size_t n)
{
	return eqword(s, n, "jr.") || eqword(s, n, "jr") ||
	    eqword(s, n, "sr.") || eqword(s, n, "ii") || eqword(s, n, "iii") ||
	    eqword(s, n, "iv") || eqword(s, n, "phd") || eqword(s, n, "md");
}

static int
isparticle(const char *s, size_t n)
{
	return firstclass(s, n) == LOWER && inwords(particles, s, n);
}

/* A known given name, or the first part of one ("Anne-Kathrin"). */
static int
isgiven(const struct tok *t)
{
	const char *h = memchr(t->s, '-', t->n);

	return nw_givenname(t->s, t->n) || (h != NULL &&
	    nw_givenname(t->s, (size_t)(h - t->s)));
}

/*
 * Month names, the one table of them: for a day's date ("29. Dezember",
 * "April 13"), as date words and as words of no name.
 */
static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "januar",
	"februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
	"janvier", "février", "mars", "avril", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre", "enero", "febrero",
	"marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
	"octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile",
	"maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"okt", "nov", "dec", "dez", NULL
};

/* The months that are also given names: "April Ross", "Jan Novak". */
static const char *const namemonths[] = {
	"april", "may", "june", "august", "jan", NULL
};

/* Other words of dates and times in a byline: "Updated 5:31 PM". */
static const char *const datewords[] = {
	"monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "montag", "dienstag",
	"mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
	"mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
	"domingo", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "mo",
	"di", "mi", "do", "fr", "sa", "so", "updated", "update", "published",
	"posted", "veröffentlicht", "aktualisiert", "stand", "zuletzt",
	"geändert", "erstellt", "publié", "mis", "à", "jour", "le", "el",
	"il", "am", "um", "on", "at", "uhr", "pm", "h", "gmt", "cet",
	"cest", "utc", "est", "edt", "bst", "ago", "vor", "min", "mins",
	"minutes", "minuten", "hours", "hour", "stunden", "today", "heute",
	"gestern", "yesterday", "read", "lesezeit", "de", "del",
	"a", "las", "hrs", "actualizado", "publicado", "aggiornato",
	"pubblicato", "ore", "of", "the", "in", "hace", "hora", "horas",
	"minutos", "días", "dias", "heures", "jours", "y", "fa",
	"giorni", "seconds", "sekunden", "day", "days", "week", "weeks",
	"month", "months", "year", "years", "tag", "tagen", "stunde", "klo",
	"kl", NULL
};

/* A word of a date or a time: a month or another date word. */
static int
isdateword(const char *s, size_t n)
{
	return inwords(datewords, s, n) || inwords(months, s, n);
}

/* A word that is never part of a person's name; a month too, unless it
 * is also a given name ("April", "Jan"). */
static int
isnotname(const char *s, size_t n)
{
	return inwords(notname, s, n) || (inwords(months, s, n) &&
	    !inwords(namemonths, s, n));
}


/* A date or a time: "19.10.2019", "5:31", "2024", "3/5/2022", "Apr." */
static int
isdate(const struct tok *t)
{
	size_t i, d = 0, p = 0;

	if (t->sep)
		return 0;
	if (isdateword(t->s, t->n) && t->n > 2)
		return 1;
	/* digit groups: "19.10.2019" 3, "5:31" 2, "2." 1 */
	for (i = 0; i < t->n; i++)
		if (t->s[i] >= '0' && t->s[i] <= '9') {
			if (i == 0 || t->s[i - 1] < '0' || t->s[i - 1] > '9')
				p++;
			d++;
		}
	return p >= 2 || (p == 1 && d == 4);
}

/* Words that end a name and start a date, a role or some other tail. */
static int
istail(const struct tok *t)
{
	return t->sep || isdigitword(t->s, t->n) ||
	    inwords(roles, t->s, t->n) || isnotname(t->s, t->n) ||
	    memchr(t->s, '@', t->n) != NULL;
}

/* --- names ------------------------------------------------------------- */

/* Are all the words in capitals ("HAFEN TV")? */
static int
isupper2(const struct tok *t, size_t nt)
{
	size_t i, j;
	unsigned c;
	int k;

	for (i = 0; i < nt; i++)
		for (j = 0; j < t[i].n; j += (size_t)k) {
			k = nw_utf8_decode(t[i].s + j, t[i].n - j, &c);
			if (k <= 0 || cpclass(c) == LOWER)
				return 0;
		}
	return 1;
}

/*
 * Words that look like a name without a known given name: each one a
 * capital and then small letters ("Kwabeno Asantewaa", not "HIFI Test",
 * "Smart Pop-Ins"), three letters at least, and no ending of a common
 * noun ("Neue Regierung", "Schnelle Lieferungen").
 */
static int
plainname(const struct tok *t, size_t nt)
{
	/* noun endings: the first NSTRONG are rare in family names; the
	 * rest are common in them too (Fischer, Jensen, Walter, Manning,
	 * Novotnik), so in a name of two words they rule out the first word
	 * only: "Neue Regierung", "Kleiner Garten" against "Kwabeno Fischer";
	 * "-ingen" is a town ("Filmhaus Tiefingen") */
	enum { NSTRONG = 21 };
	static const char *const ends[] = { "ung", "ungen", "heit", "keit",
	    "schaft", "tion", "tions", "ität", "nis", "nisse", "ment",
	    "ments", "ness", "ship", "ies", "ismus", "logie", "tät", "ity",
	    "ure", "ingen", "en", "ed", "ing", "er", "ern", "te", "ter", "tes", "ten",
	    "ive", "age", "ik", NULL };
	size_t i, j, l;
	unsigned c;
	int k;
	const char *const *e;

	for (i = 0; i < nt; i++) {
		if (i > 0 && i + 1 < nt && t[i].n <= 3 && inwords(particles,
		    t[i].s, t[i].n))
			continue;	/* "Rui La Serna", "Ana De Vos" */
		if (t[i].n < 3 || isnotname(t[i].s, t[i].n))
			return 0;
		for (j = 0; j < t[i].n; j += (size_t)k) {
			k = nw_utf8_decode(t[i].s + j, t[i].n - j, &c);
			if (k <= 0 || cpclass(c) != (j == 0 ? UPPER : LOWER))
				return 0;
		}
		for (e = ends; *e != NULL; e++) {
			if (i == 1 && nt == 2 && e - ends >= NSTRONG)
				break;
			l = strlen(*e);
			if (t[i].n > l + 2 && memcmp(t[i].s + t[i].n - l, *e,
			    l) == 0)
				return 0;
		}
	}
	return 1;
}

/*
 * A list of names of two words each and nothing else, "Zola Dube / Tsepo
 * Mahlaela", "Zola Dube and Tsepo Mahlaela": every name looks like one,
 * and no word is one of an organisation ("Harbour Board").
 */
static int
plainnames(const struct tok *t, size_t nt)
{
	size_t i;

	for (i = 0; i + 1 < nt; i += 3) {
		if (t[i].sep || t[i + 1].sep || !plainname(t + i, 2) ||
		    inwords(orgwords, t[i].s, t[i].n) || inwords(orgwords,
		    t[i + 1].s, t[i + 1].n) || isnotname(t[i].s, t[i].n) ||
		    isnotname(t[i + 1].s, t[i + 1].n))
			return 0;
		if (i + 2 < nt && !(t[i + 2].sep && (t[i + 2].s[0] == '/' ||
		    t[i + 2].s[0] == ',')) && !inwords(andwords, t[i + 2].s,
		    t[i + 2].n))
			return 0;
	}
	return 1;
}

/* Copy a name, spacing normalized; an ALL-CAPS name in title case. */
static void
putname(char *dst, const struct tok *t, size_t nt)
{
	size_t i, o = 0, j, letters = 0, upper = 0;
	unsigned c;
	int k, caps;

	for (i = 0; i < nt; i++)
		for (j = 0; j < t[i].n; j += (size_t)(k > 0 ? k : 1)) {
			k = nw_utf8_decode(t[i].s + j, t[i].n - j, &c);
			if (k <= 0)
				break;
			if (cpclass(c) == UPPER || cpclass(c) == LOWER)
				letters++;
			if (cpclass(c) == UPPER)
				upper++;
		}
	caps = letters >= 4 && upper == letters;
	for (i = 0; i < nt; i++) {
		int start = 1;

		if (o + t[i].n + 2 >= NAMELEN)
			break;
		if (i > 0)
			dst[o++] = ' ';
		if (!caps || isinitial(t[i].s, t[i].n)) {
			memcpy(dst + o, t[i].s, t[i].n);
			o += t[i].n;
			continue;
		}
		for (j = 0; j < t[i].n; j += (size_t)k) {
			k = nw_utf8_decode(t[i].s + j, t[i].n - j, &c);
			if (k <= 0)
				k = 1, c = (unsigned char)t[i].s[j];
			if (!start)
				c = cplower(c);
			start = c == '-' || c == '\'' || c == 0x2019;
			o += nw_utf8_encode(c, dst + o);
		}
	}
	dst[o] = '\0';
}

/*
 * Read one name at t[0..nt): particles, capitalized words, initials and a
 * suffix, until a separator or a tail word.  Returns the words taken
 * (0: not a name).  *caps counts capitalized words.
 */
static size_t
onename(const struct tok *t, size_t nt, int *caps)
{
	size_t i;
	int cw = 0, last = 0;

	for (i = 0; i < nt && i < 6; i++) {
		if (t[i].sep)
			break;
		if (isinitial(t[i].s, t[i].n) || (cw > 0 && t[i].n == 1 &&
		    t[i].s[0] >= 'A' && t[i].s[0] <= 'Z' && i + 1 < nt &&
		    !t[i + 1].sep && isnameword(t[i + 1].s, t[i + 1].n))) {
			last = 1;	/* "J.", "Kiran C Nair" */
			continue;
		}
		if (i > 0 && cw > 0 && issuffix(t[i].s, t[i].n)) {
			i++;
			break;
		}
		if (isparticle(t[i].s, t[i].n) && i + 1 < nt && !t[i + 1].sep &&
		    i > 0 && (last == 2 || !inwords(secondparticles, t[i].s,
		    t[i].n))) {
			/* "Ludwig van Beethoven", "de la Cruz" */
			last = 2;
			continue;
		}
		if (cw > 0 && i + 1 < nt && !t[i + 1].sep && t[i].n <= 4 &&
		    firstclass(t[i].s, t[i].n) == UPPER &&
		    inwords(particles, t[i].s, t[i].n) &&
		    isnameword(t[i + 1].s, t[i + 1].n) &&
		    !isnotname(t[i + 1].s, t[i + 1].n) &&
		    !inwords(particles, t[i + 1].s, t[i + 1].n)) {
			last = 2;	/* "Anaïs Le Goff", "Rui La Serna" */
			continue;
		}
		if (isnotname(t[i].s, t[i].n) ||
		    inwords(roles, t[i].s, t[i].n))
			break;
		if (!isnameword(t[i].s, t[i].n))
			break;
		if (i >= 2 && i + 1 < nt && (eqword(t[i + 1].s, t[i + 1].n,
		    "logo") || eqword(t[i + 1].s, t[i + 1].n, "icon")))
			break;		/* "Jane Doe KXYZ logo": the outlet's */
		if (cw >= 2 && i + 1 < nt && t[i + 1].sep &&
		    t[i + 1].s[0] == ':')
			break;		/* "Karper Barisic: Foto:" */
		cw++;
		last = 0;
	}
	if (last == 2)		/* ends in a particle */
		return 0;
	*caps = cw;
	return cw > 0 ? i : 0;
}

/* Academic and other titles before a name: not part of it. */
static size_t
honorific(const struct tok *t, size_t nt)
{
	static const char *const hon[] = { "dr", "prof", "mag", "ing",
	    "dipl.-ing", "dr.-ing", "mr", "mrs", "ms", "dott", "dott.ssa",
	    "univ.-prof", "priv.-doz", "rechtsanwalt", "rechtsanwältin",
	    "sir", "dame", NULL };
	size_t i;

	for (i = 0; i < nt && i < 3 && !t[i].sep && inwords(hon, t[i].s,
	    t[i].n); i++)
		;
	return i;
}

static void
addname(struct byl *b, const struct tok *t, size_t nt)
{
	size_t i;
	char tmp[NAMELEN];

	if (b->nnames >= MAXNAMES)
		return;
	if (nt == 4 && t[0].n == t[2].n && t[1].n == t[3].n &&
	    memcmp(t[0].s, t[2].s, t[0].n) == 0 &&
	    memcmp(t[1].s, t[3].s, t[1].n) == 0)
		nt = 2;		/* "Rui Serna Rui Serna" */
	if (nt == 2 && t[0].n == t[1].n && memcmp(t[0].s, t[1].s, t[0].n) == 0)
		return;		/* "Redaktion Redaktion": one word twice is
				 * no person */
	putname(tmp, t, nt);
	{
		/* "Oksana Mertens.": the end of a sentence, not an
		 * initial nor "Jr." */
		size_t l = strlen(tmp);
		const char *w = strrchr(tmp, ' ');

		w = w != NULL ? w + 1 : tmp;
		if (l > 0 && tmp[l - 1] == '.' && (size_t)(tmp + l - w) > 3 &&
		    !issuffix(w, (size_t)(tmp + l - w)))
			tmp[l - 1] = '\0';
	}
	for (i = 0; i < b->nnames; i++)
		if (strcmp(b->names[i], tmp) == 0)
			return;
	memcpy(b->names[b->nnames++], tmp, NAMELEN);
}

static void
addagency(char (*list)[NAMELEN], size_t *n, const char *s, size_t len)
{
	size_t i;

	if (len >= NAMELEN || *n >= MAXAGENCY)
		return;
	for (i = 0; i < *n; i++)
		if (strlen(list[i]) == len && eqword(s, len, list[i]))
			return;
	memcpy(list[*n], s, len);
	list[(*n)++][len] = '\0';
}

/* Articles that may start an outlet's name: "The Daily Planet". */
static const char *const articles[] = {
	"the", "le", "la", "les", "el", "il", "der", "die", "das", "de", NULL
};

/* The tail of a byline: an outlet after "|" or "for", an agency. */
static void
tail(struct byl *b, const struct tok *t, size_t nt)
{
	size_t i, j;

	for (i = 0; i < nt; i++) {
		const char *a;

		if (t[i].sep)
			continue;
		/* an agency, possibly "dpa/sda" */
		for (j = i; j < nt && j < i + 3 && !(t[j].sep &&
		    t[j].s[0] != '/'); j++)
			;
		if ((a = agencyname(t[i].s, (size_t)(t[j - 1].s + t[j - 1].n -
		    t[i].s))) != NULL || (a = agencyname(t[i].s, t[i].n))) {
			addagency(b->agency, &b->nagency, t[i].s,
			    agencyname(t[i].s, (size_t)(t[j - 1].s +
			    t[j - 1].n - t[i].s)) ? (size_t)(t[j - 1].s +
			    t[j - 1].n - t[i].s) : t[i].n);
			continue;
		}
		/* "| Fox News", "For Dailymail.Com", "for The Daily Planet" */
		if (b->outlet[0] == '\0' && i > 0 && ((t[i - 1].sep &&
		    t[i - 1].s[0] == '|') || eqword(t[i - 1].s, t[i - 1].n,
		    "for") || eqword(t[i - 1].s, t[i - 1].n, "für")) &&
		    (firstclass(t[i].s, t[i].n) == UPPER) &&
		    !isdigitword(t[i].s, t[i].n) &&
		    (!isnotname(t[i].s, t[i].n) || inwords(articles,
		    t[i].s, t[i].n))) {
			for (j = i; j < nt && j < i + 5 && !t[j].sep &&
			    !isdigitword(t[j].s, t[j].n) &&
			    (firstclass(t[j].s, t[j].n) == UPPER ||
			    eqword(t[j].s, t[j].n, "of")); j++)
				;
			if ((size_t)(t[j - 1].s + t[j - 1].n - t[i].s) <
			    NAMELEN) {
				size_t len = (size_t)(t[j - 1].s + t[j - 1].n -
				    t[i].s);

				memcpy(b->outlet, t[i].s, len);
				b->outlet[len] = '\0';
			}
			i = j - 1;
		}
	}
}

/* A role word among the next three words: "Travel News Reporter". */
static int
roleahead(const struct tok *t, size_t nt)
{
	size_t i;

	for (i = 0; i < nt && i < 3 && !t[i].sep; i++)
		if (inwords(roles, t[i].s, t[i].n))
			return 1;
	return 0;
}

/* A German or Romance adjective before a role: "Landespolitische". */
static int
adjective(const struct tok *t)
{
	static const char *const ends[] = { "ische", "ischer",
	    "liche", "licher", "ale", "aler", "ieur", "ive", NULL };
	const char *const *e;

	for (e = ends; *e != NULL; e++) {
		size_t l = strlen(*e);

		if (t->n > l + 3 && memcmp(t->s + t->n - l, *e, l) == 0)
			return 1;
	}
	return 0;
}

/*
 * Does the part of a list at t[0..nt) up to the next separator or "and"
 * hold a role or job word or a capitalized word that is never a name
 * ("Senior Manager Digital Marketing")?  Then it is a job title, no name.
 */
static int
jobpart(const struct tok *t, size_t nt)
{
	size_t i;

	for (i = 0; i < nt && !t[i].sep && !inwords(andwords, t[i].s,
	    t[i].n); i++)
		if (inwords(roles, t[i].s, t[i].n) || inwords(jobwords,
		    t[i].s, t[i].n) || (isnotname(t[i].s, t[i].n) &&
		    firstclass(t[i].s, t[i].n) == UPPER && !inwords(particles,
		    t[i].s, t[i].n)))
			return 1;
	return 0;
}

/*
 * A list of names from t[0..nt): NAME (SEP NAME)* then a tail.  Returns
 * the number of names, 0 when something that is not a name comes before
 * the tail.  single: one-word names are allowed (after a strong cue).
 */
static size_t
namelist(struct byl *b, const struct tok *t, size_t nt, int single)
{
	size_t i = 0, k, got = 0;
	int caps;

	while (i < nt) {
		const char *a;
		size_t j;

		/* an agency in the list: "Adam Vale and AP", "X, dpa",
		 * "dpa 30.04.2024" */
		for (j = i; j < nt && j < i + 4 && !t[j].sep; j++)
			;
		while (j > i + 1 && agencyname(t[i].s, (size_t)(t[j - 1].s +
		    t[j - 1].n - t[i].s)) == NULL)
			j--;
		if (j > i && (a = agencyname(t[i].s, (size_t)(t[j - 1].s +
		    t[j - 1].n - t[i].s))) != NULL) {
			addagency(b->agency, &b->nagency, t[i].s,
			    (size_t)(t[j - 1].s + t[j - 1].n - t[i].s));
			if (got == 0 && b->nnames == 0)
				b->allagency = 1;
			else if (i > 0 && !t[i - 1].sep && inwords(andwords,
			    t[i - 1].s, t[i - 1].n) && !inwords(withwords,
			    t[i - 1].s, t[i - 1].n))
				addname(b, t + i, j - i);  /* "A and AP" */
			i = j;
			goto sep;
		}
		if (i < nt && !t[i].sep && got == 0 && agencyname(t[i].s,
		    t[i].n) != NULL && i + 1 < nt && t[i + 1].sep &&
		    t[i + 1].s[0] == '/') {
			/* "dpa/sda" */
			tail(b, t + i, nt - i);
			b->allagency = b->nnames == 0;
			return got;
		}
		i += honorific(t + i, nt - i);
		k = onename(t + i, nt - i, &caps);
		if (k == 0)
			return got > 0 && istail(&t[i]) ? (tail(b, t + i,
			    nt - i), got) : 0;
		if ((caps < 2 && !single && k < 2) || (k == 1 &&
		    !isgiven(&t[i])))
			return got > 0 && istail(&t[i]) ? (tail(b, t + i,
			    nt - i), got) : 0;
		if (k > 4 && caps > 4)
			return 0;	/* a sentence in title case */
		/* "Amy Gibbons Political Correspondent": modifiers go */
		if (k > 2 && roleahead(t + i + k, nt - i - k)) {
			size_t k0 = k;

			while (k > 2 && (inwords(rolemods, t[i + k - 1].s,
			    t[i + k - 1].n) || adjective(&t[i + k - 1])))
				k--;
			if (k < k0) {
				addname(b, t + i, k);
				tail(b, t + i + k, nt - i - k);
				b->allagency = 0;
				return got + 1;
			}
		}
		if (i + k < nt && !t[i + k].sep && !istail(&t[i + k]) &&
		    !inwords(andwords, t[i + k].s, t[i + k].n) &&
		    !(i + k + 1 < nt && (eqword(t[i + k + 1].s,
		    t[i + k + 1].n, "logo") || eqword(t[i + k + 1].s,
		    t[i + k + 1].n, "icon"))) &&
		    !(i + k + 1 < nt && t[i + k + 1].sep &&
		    t[i + k + 1].s[0] == ':' && got == 0 &&
		    isnameword(t[i + k].s, t[i + k].n)))
			return 0;	/* "Di Maio said ..."; but "A B
					 * Barisic: Foto: ..." is a caption's
					 * subject after the byline */
		addname(b, t + i, k);
		got++;
		b->allagency = 0;
		i += k;
sep:
		if (i >= nt)
			break;
		/* separators between names */
		if (t[i].sep && (t[i].s[0] == ',' || t[i].s[0] == '/' ||
		    t[i].s[0] == ';' || t[i].s[0] == '|' ||
		    (t[i].n > 1 && t[i].s[1] == '\x80'))) {
			size_t m = i + 1;

			if (m < nt && !t[m].sep && inwords(andwords, t[m].s,
			    t[m].n))
				m++;
			/* after a separator, only a name of 2+ words or an
			 * agency continues the list; else it is the tail */
			if (m < nt && !t[m].sep) {
				int c2;
				size_t k2 = onename(t + m, nt - m, &c2);

				for (j = m; j < nt && j < m + 4 && !t[j].sep;
				    j++)
					;
				if (agencyname(t[m].s, (size_t)(t[j - 1].s +
				    t[j - 1].n - t[m].s)) != NULL ||
				    (k2 >= 2 && c2 >= 2 && (m + k2 == nt ||
				    t[m + k2].sep || istail(&t[m + k2]) ||
				    inwords(andwords, t[m + k2].s,
				    t[m + k2].n)) && !jobpart(t + m, nt - m))) {
					i = m;
					continue;
				}
				if (t[i].s[0] == ',' && single && k2 == 1 &&
				    m + 1 == nt && firstclass(t[m].s, t[m].n) ==
				    LOWER) {
					i = m;	/* "ssi, dan" */
					continue;
				}
			}
			tail(b, t + i, nt - i);
			break;
		}
		if (!t[i].sep && inwords(andwords, t[i].s, t[i].n) &&
		    !(inwords(withwords, t[i].s, t[i].n) && i + 1 < nt &&
		    agencyname(t[i + 1].s, t[i + 1].n) == NULL)) {
			i++;	/* "and", or "with AP"; "mit Anna Roth" is
				 * whom they talked to */
			continue;
		}
		tail(b, t + i, nt - i);
		break;
	}
	return got;
}

/* --- lines ------------------------------------------------------------- */

/*
 * Clean a Para value into buf: bullets and leading marks off, white space
 * (NBSP, tabs, newlines) made single spaces.  Returns the length.
 */
static size_t
clean(const char *s, size_t n, char *buf)
{
	size_t i = 0, o = 0;
	unsigned c;
	int k, sp = 1;

	while (i < n) {
		k = nw_utf8_decode(s + i, n - i, &c);
		if (k <= 0) {
			k = 1;
			c = '?';
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == 0xA0 ||
		    c == 0x202F || c == 0x2009 || c == 0x200B ||
		    c == 0x3000) {
			if (!sp)
				buf[o++] = ' ';
			sp = 1;
		} else if (sp && (c == 'B' || c == 'b') && i + 2 < n &&
		    s[i + 1] == 'y' && s[i + 2] >= 'A' && s[i + 2] <= 'Z') {
			/* "ByJane Doe": a cue glued to the name */
			buf[o++] = (char)c;
			buf[o++] = 'y';
			buf[o++] = ' ';
			k = 2;
		} else if (o == 0 && (c == 0x2022 || c == 0x25A1 ||
		    c == 0x25CF || c == 0x25AA || c == '*' || c == '>' ||
		    c == 0xB7)) {
			;
		} else {
			memcpy(buf + o, s + i, (size_t)k);
			o += (size_t)k;
			sp = 0;
		}
		i += (size_t)k;
	}
	while (o > 0 && buf[o - 1] == ' ')
		o--;
	buf[o] = '\0';
	return o;
}

/*
 * Photo credits and the like are never bylines: the index of the first
 * word of one ("Foto:", "Photo", "©", "Illustration"), or nt.
 */
static size_t
photoword(const struct tok *t, size_t nt)
{
	static const char *const photo[] = { "foto", "photo", "fotos",
	    "photos", "bild", "bilder", "image", "images", "getty", "©",
	    "(c)", "copyright", "bildquelle", "credit", "picture",
	    "illustration", "illustrationen", "grafik", "fotograf",
	    "fotografin", "photographer", "video", "kamera", NULL };
	size_t i;

	for (i = 0; i < nt; i++) {
		if (!t[i].sep && inwords(photo, t[i].s, t[i].n) && !(i >= 2 &&
		    eqword(t[i - 2].s, t[i - 2].n, "text") && (inwords(
		    andwords, t[i - 1].s, t[i - 1].n) || eqword(t[i - 1].s,
		    t[i - 1].n, "+"))))
			break;	/* "Text & Fotos: NAME" is a byline */
		/* "(REUTERS/Jan Novak)": a caption's credit */
		if (t[i].sep && t[i].s[0] == '(' && i + 2 < nt &&
		    !t[i + 1].sep && t[i + 2].sep && t[i + 2].s[0] == '/' &&
		    agencyname(t[i + 1].s, t[i + 1].n) != NULL)
			break;
	}
	return i;
}

/* Does t[0..nt) begin with cue phrase w?  Returns the words it takes. */
static size_t
matchcue(const struct tok *t, size_t nt, const char *w)
{
	size_t i = 0, wl;
	const char *sp;

	if (nt == 0 || t[0].sep || lowerascii((unsigned char)t[0].s[0]) !=
	    lowerascii((unsigned char)w[0]))
		return 0;
	while (*w != '\0') {
		sp = strchr(w, ' ');
		wl = sp ? (size_t)(sp - w) : strlen(w);
		if (i >= nt)
			return 0;
		if (wl == 1 && w[0] == '/') {
			if (!t[i].sep || t[i].s[0] != '/')
				return 0;
			i++;
		} else if (wl > 1 && w[wl - 1] == ':') {
			/* "Autor:" as one word and a ':' token */
			if (i + 1 < nt && t[i + 1].sep && t[i + 1].s[0] == ':' &&
			    t[i].n == wl - 1 && memcmp(w, w, 1) == 0 &&
			    eqword(t[i].s, t[i].n, "") == 0) {
				char tmp[40];

				if (wl - 1 >= sizeof(tmp))
					return 0;
				memcpy(tmp, w, wl - 1);
				tmp[wl - 1] = '\0';
				if (!eqword(t[i].s, t[i].n, tmp))
					return 0;
				i += 2;
			} else
				return 0;
		} else {
			char tmp[40];

			if (wl >= sizeof(tmp) || t[i].sep)
				return 0;
			memcpy(tmp, w, wl);
			tmp[wl] = '\0';
			if (!eqword(t[i].s, t[i].n, tmp))
				return 0;
			i++;
		}
		w += wl;
		while (*w == ' ')
			w++;
	}
	/* "von: NAME", "About the author - NAME" */
	if (i < nt && t[i].sep && (t[i].s[0] == ':' || t[i].s[0] == '-' ||
	    (unsigned char)t[i].s[0] == 0xE2))
		i++;
	return i;
}

/* Tokens before a cue that do not spoil it: dates, times, separators. */
static int
prefixok(const struct tok *t, size_t nt)
{
	size_t i;

	if (nt > 14)
		return 0;
	for (i = 0; i < nt; i++) {
		if (t[i].sep || isdigitword(t[i].s, t[i].n) ||
		    isnotname(t[i].s, t[i].n) ||
		    isdateword(t[i].s, t[i].n))
			continue;
		if (eqword(t[i].s, t[i].n, "posted") ||
		    eqword(t[i].s, t[i].n, "veröffentlicht") ||
		    eqword(t[i].s, t[i].n, "publié") ||
		    eqword(t[i].s, t[i].n, "gepostet") ||
		    eqword(t[i].s, t[i].n, "erstellt") ||
		    eqword(t[i].s, t[i].n, "geschrieben") ||
		    eqword(t[i].s, t[i].n, "written") ||
		    eqword(t[i].s, t[i].n, "publiziert") ||
		    eqword(t[i].s, t[i].n, "published") ||
		    eqword(t[i].s, t[i].n, "words") ||
		    eqword(t[i].s, t[i].n, "post") ||
		    strspn(t[i].s, "@/~#*+=-_") == t[i].n ||
		    eqword(t[i].s, t[i].n, "um"))
			continue;
		return 0;
	}
	return 1;
}

/* The ends of web addresses. */
static const char *const tlds[] = {
	"com", "de", "it", "net", "org", "at", "ch", "fr", "es", "uk", "eu",
	"info", "io", "co", "nl", "be", "pl", "ru", "us", "ca", "au", "br",
	"blog", "news", "online", "tv", NULL
};

/* Words after a user name in a byline: "von hafenkater am 12. Juni". */
static const char *const afterhandle[] = {
	"am", "on", "um", "in", "at", "le", "el", "il", "—", "–", "·",
	"veröffentlicht", "published", "posted", "|", NULL
};

/*
 * A one-word name after a cue: a user name ("hafenkater", "Kai77") or a
 * first name; letters, digits, '_', '.', '-', at least two letters.
 */
static int
ishandle(const struct tok *t, int loose)
{
	size_t i, letters = 0;
	int odd = 0;
	unsigned c;
	int k;

	if (t->sep || t->n < 2 || t->n > 32 || isnotname(t->s, t->n) ||
	    inwords(roles, t->s, t->n) || inwords(verbs, t->s, t->n) ||
	    agencyname(t->s, t->n) != NULL)
		return 0;
	for (i = 0; i < t->n; i += (size_t)k) {
		k = nw_utf8_decode(t->s + i, t->n - i, &c);
		if (k <= 0)
			return 0;
		if (cpclass(c) == UPPER || cpclass(c) == LOWER ||
		    cpclass(c) == CASELESS)
			letters++;
		else if (!(cpclass(c) == DIGIT || c == '_' ||
		    (c == '.' && i + 1 < t->n) || (c == '-' && i > 0)))
			return 0;
		if (i > 0 && (cpclass(c) != LOWER))
			odd = 1;	/* "JanBerg", "kai2x", "m4rk0" */
	}
	/* a web address is a site, not a person: "tennisnet.com" */
	{
		const char *dot = NULL, *p;

		for (p = t->s; p < t->s + t->n; p++)
			if (*p == '.')
				dot = p;
		if (dot != NULL && inwords(tlds, dot + 1,
		    (size_t)(t->s + t->n - dot - 1)))
			return 0;
	}
	/* a capitalized word must be a given name, "Invitation" is not */
	if (firstclass(t->s, t->n) == UPPER && !odd && !isgiven(t) && !loose)
		return 0;
	return letters >= 2;
}


/* Korean words before 기자 that are not names: posted, edited, photo. */
static const char *const koreanwords[] = {
	"입력", "수정", "사진", "영상", "편집", "기사", "등록", "취재",
	"그래픽", NULL
};

/* Words that date a byline. */
static const char *const pubwords[] = {
	"published", "updated", "posted", "veröffentlicht", "aktualisiert",
	"publié", "publicado", "actualizado", "pubblicato", "aggiornato",
	"güncelleme", "gepubliceerd", "publicerad", "uppdaterad", NULL
};

/* Words that start a line of who posted what: "Geschrieben am ... von". */
static const char *const postwords[] = {
	"published", "updated", "posted", "veröffentlicht", "aktualisiert",
	"publié", "publicado", "actualizado", "pubblicato", "aggiornato",
	"geschrieben", "eingestellt", "gepostet", "erstellt", "verfasst",
	"written", "publiziert", NULL
};

/* Comment counters after a user name: "Schreibe einen Kommentar". */
static const char *const commentwords[] = {
	"kommentar", "kommentare", "comment", "comments", "schreibe",
	"einen", "leave", "reply", "antworten", "no", "keine", NULL
};

/*
 * Can a cue start at this word?  The first words of all cues, built once,
 * so that most words are ruled out by one look-up.
 */
static int
iscuestart(const struct tok *t)
{
	/* room for every cue of both lists, whatever their length */
	enum { NCUES = sizeof(cues) / sizeof(cues[0]) +
	    sizeof(editcues) / sizeof(editcues[0]) };
	static char words[NCUES][24];
	static const char *list[NCUES + 1];
	static int built;

	if (!built) {
		const char *const *lists[] = { cues, editcues, NULL };
		size_t n = 0, k, l;
		const char *const *w;

		for (k = 0; lists[k] != NULL; k++)
			for (w = lists[k]; *w != NULL; w++) {
				l = strcspn(*w, " ");
				if (l > 1 && (*w)[l - 1] == ':')
					l--;
				if (l >= sizeof(words[0]))
					nw_die(2, "cue word too long: %s", *w);
				if (l == 0)
					continue;
				memcpy(words[n], *w, l);
				words[n][l] = '\0';
				list[n] = words[n];
				n++;
			}
		list[n] = NULL;
		built = 1;
	}
	return inwords(list, t->s, t->n);
}

/*
 * The first word of a cue that only starts a line ("About the author",
 * "Über den Autor"): common words elsewhere, not looked at there.
 */
static int
startonly(const struct tok *t)
{
	return t->n == 5 && (strncasecmp(t->s, "about", 5) == 0 ||
	    memcmp(t->s, "über", 5) == 0 || memcmp(t->s, "Über", 5) == 0);
}

/*
 * Whether t[i] stands where such a cue may start: after nothing but
 * separators ("— About the author"), or right after a bar ("Share |
 * About the author").
 */
static int
cuestartat(const struct tok *t, size_t i)
{
	size_t j;

	if (i > 0 && t[i - 1].sep && t[i - 1].s[0] == '|')
		return 1;
	for (j = 0; j < i; j++)
		if (!t[j].sep)
			return 0;
	return 1;
}

/*
 * A user name t[h] after the cue w at t[cueat]: what follows must end
 * the byline (the end, a separator, a date); after a cue that is also a
 * preposition ("di stagione", "par ailleurs") the end of the line is not
 * enough.
 */
static int
handleok(const struct tok *t, size_t h, size_t nt, size_t cueat,
    const char *w)
{
	static const char *const preps[] = { "di", "par", "por", "av", "af",
	    "od", "door", NULL };
	const struct tok *next = h + 1 < nt ? &t[h + 1] : NULL;
	int ends = next == NULL, seps, dated;

	seps = next != NULL && next->sep && next->s[0] != ',' &&
	    next->s[0] != ':';
	dated = next != NULL && (isdigitword(next->s, next->n) ||
	    inwords(afterhandle, next->s, next->n));
	if (!ends && !seps && !dated)
		return 0;
	if (nt > 16 && !seps)
		return 0;		/* a sentence: "By mid 2019, ..." */
	if (ends && cueat == 0 && inwords(preps, w, strlen(w)))
		return 0;
	/* after a cue of two words ("Posted by") a capitalized user name
	 * needs no given name */
	return ishandle(&t[h], cueat > 0 || seps || dated ||
	    strchr(w, ' ') != NULL);
}

/*
 * The name of a publication after a byline cue, when no person is named:
 * one to four capitalized words ("Les Echos", "The Daily Planet",
 * "Euronews"), up to the end, a date or "with" (a web address is a
 * site, not an author).  Returns the words taken, 0 when it is not one.  "Staff",
 * "Redaktion", a role or a month is no publication.
 */
static size_t
outletname(const struct tok *t, size_t nt)
{
	size_t i, j, words = 0, caps = 0;
	int art = 0, with = 0;
	unsigned c;
	int k;

	for (i = 0; i < nt && i < 5; i++) {
		if (t[i].sep || isdate(&t[i]) || isdigitword(t[i].s, t[i].n) ||
		    inwords(withwords, t[i].s, t[i].n))
			break;
		if (inwords(andwords, t[i].s, t[i].n)) {
			/* "Le Figaro et AFP": only an agency may follow */
			if (i + 1 < nt && agencyname(t[i + 1].s, t[i + 1].n))
				break;
			return 0;
		}
		if (i == 0 && i + 1 < nt && inwords(articles, t[i].s, t[i].n) &&
		    firstclass(t[i].s, t[i].n) == UPPER) {
			art = 1;	/* "Les", "The" */
			continue;
		}
		if (words > 0 && i + 1 < nt && !t[i + 1].sep &&
		    firstclass(t[i].s, t[i].n) == LOWER &&
		    (inwords(particles, t[i].s, t[i].n) || eqword(t[i].s,
		    t[i].n, "of")))
			continue;	/* "Les Échos du Port" */
		if (isnotname(t[i].s, t[i].n) || inwords(roles, t[i].s,
		    t[i].n) || inwords(rolemods, t[i].s, t[i].n) ||
		    inwords(verbs, t[i].s, t[i].n) ||
		    firstclass(t[i].s, t[i].n) != UPPER ||
		    (words == 0 && isgiven(&t[i])))
			return 0;	/* no publication starts with "Anna" */
		for (j = 0; j < t[i].n; j += (size_t)k) {
			k = nw_utf8_decode(t[i].s + j, t[i].n - j, &c);
			if (k <= 0)
				return 0;
			if (cpclass(c) == UPPER)
				caps++;
		}
		words++;
	}
	if (words == 0)
		return 0;
	if (i < nt) {
		/* the end, a date, "with", or a dash or bar before more */
		if (inwords(withwords, t[i].s, t[i].n))
			with = 1;
		else if (!(isdate(&t[i]) || isdigitword(t[i].s, t[i].n) ||
		    inwords(andwords, t[i].s, t[i].n) || (t[i].sep &&
		    (t[i].s[0] == '|' || t[i].s[0] == '-' ||
		    (unsigned char)t[i].s[0] == 0xE2))))
			return 0;
	}
	/* one plain word ("Von Risiken") is too often a heading */
	if (words == 1 && !art && !with && caps < 2)
		return 0;
	return i;
}

/*
 * One segment of a line: a cue, at the start or after a date, and a list
 * of names.  Returns 1 for names (or agencies) after a cue, -1 for an
 * editors' cue, -2 for a cue followed by something else, 0 for no cue.
 */
static int
cueseg(const struct tok *t, size_t nt, struct byl *b)
{
	const char *const *w;
	size_t i, c = 0;
	/* "Posted on 3 May 2021 by", "Veröffentlicht von": a cue may
	 * come later on a line that starts with a publishing word */
	int pub = nt > 0 && !t[0].sep && inwords(postwords, t[0].s, t[0].n);

	for (i = 0; i < nt && i < (pub ? 15u : 11u); i++) {
		if (t[i].sep || !iscuestart(&t[i]) || (startonly(&t[i]) &&
		    !cuestartat(t, i)))
			continue;
		for (w = editcues; *w != NULL; w++)
			if ((c = matchcue(t + i, nt - i, *w)) > 0)
				break;
		if (*w != NULL)
			return i == 0 || prefixok(t, i) ? -1 : 0;
		for (w = cues; *w != NULL; w++)
			if ((c = matchcue(t + i, nt - i, *w)) > 0)
				break;
		if (*w == NULL)
			continue;
		if (i > 0 && !prefixok(t, i) && !(pub && i <= 5) &&
		    !(i <= 4 && t[i - 1].sep && t[i - 1].s[0] == '|'))
			return 0;	/* "Posted in Recipes by", "Food | By" */
		/* a one-word cue mid-line only after a date */
		if (i > 0 && strchr(*w, ' ') == NULL && strchr(*w, ':') ==
		    NULL && !isdigitword(t[i - 1].s, t[i - 1].n) &&
		    !t[i - 1].sep && !pub && strspn(t[i - 1].s,
		    "-_*~=#>") != t[i - 1].n && !(i > 1 && isdateword(
		    t[i - 1].s, t[i - 1].n) && isdigitword(t[i - 2].s,
		    t[i - 2].n)) &&
		    !eqword(t[i - 1].s, t[i - 1].n, "author"))
			continue;
		{
			size_t had = b->nnames, h = i + c;

			if (namelist(b, t + i + c, nt - i - c, nt - i - c <=
			    4) > 0 || b->allagency)
				return 1;
			b->nnames = had;
			/* "von hafenkater am 12. Juni", "By siteadmin" */
			if (h < nt && handleok(t, h, nt, i, *w)) {
				addname(b, t + h, 1);
				b->handle = 1;
				tail(b, t + h + 1, nt - h - 1);
				return 1;
			}
			b->nnames = had;
			/* "Par Le Courrier du Port", "By Harbour Post with Agencies" */
			if (i == 0 && had == 0 && (c = outletname(t + h,
			    nt - h)) > 0) {
				size_t len = (size_t)(t[h + c - 1].s +
				    t[h + c - 1].n - t[h].s);

				if (len >= NAMELEN)	/* no outlet is so long */
					return -2;
				memcpy(b->outlet, t[h].s, len);
				b->outlet[len] = '\0';
				b->byoutlet = 1;
				tail(b, t + h + c, nt - h - c);
				return 1;
			}
			return -2;
		}
	}
	return 0;
}

/*
 * Read a line as a byline.  Strength: 4 a cue and names; 3 a name with a
 * role word, an e-mail address, a handle or a Korean 기자; 2 a name with
 * a date or "|"; 1 a line that is only a name of two or more words.
 */
static void
readline(const char *s, size_t n, struct byl *b)
{
	struct tok t[MAXTOK];
	size_t nt, i, k, start, ph;
	int caps, given, found, dated, r = 0;

	memset(b, 0, sizeof(*b));
	nt = tokenize(s, n, t, MAXTOK);
	if (nt == 0 || nt >= MAXTOK)
		return;
	/* "By Oksana Mertens.": after a cue the full stop ends the line,
	 * it is no part of the name ("Sam Hill Jr." keeps it) */
	if (nt > 2 && iscuestart(&t[0]) && t[nt - 1].n > 4 &&
	    t[nt - 1].s[t[nt - 1].n - 1] == '.' && !t[nt - 1].sep &&
	    memchr(t[nt - 1].s, '.', t[nt - 1].n - 1) == NULL)
		t[nt - 1].n--;
	ph = photoword(t, nt);
	/* a cue, at the start or after a date; a credit line is cut at
	 * its semicolons: "Reporting by A; Additional reporting by B;
	 * Editing by C" */
	for (i = 0, start = 0, found = 0; i <= ph; i++) {
		if (i < ph && !(t[i].sep && t[i].s[0] == ';'))
			continue;
		r = cueseg(t + start, i - start, b);
		if (start == 0 && r == 0)
			break;
		if (r == 1)
			found = 1;
		else if (r == -1)
			b->editors = 1;
		else if (r == -2 && start == 0)
			break;
		start = i + 1;
	}
	if (found) {
		/* a publication as the author: less sure than a person */
		b->strength = b->nnames == 0 && b->byoutlet ? 3 : 4;
		return;
	}
	if (start > 0 || r == -2) {
		memset(b, 0, sizeof(*b));
		return;
	}
	/* Korean: "이름 기자", "순천, 광양 이름 기자 e-mail" */
	for (i = 1; i < nt && i < 8; i++)
		if (eqword(t[i].s, t[i].n, "기자") || eqword(t[i].s, t[i].n,
		    "특파원")) {
			if (firstclass(t[i - 1].s, t[i - 1].n) == CASELESS &&
			    isnameword(t[i - 1].s, t[i - 1].n) &&
			    t[i - 1].n >= 6 && t[i - 1].n <= 12 &&
			    !inwords(koreanwords, t[i - 1].s, t[i - 1].n) &&
			    (i + 1 == nt || t[i + 1].sep || memchr(t[i + 1].s,
			    '@', t[i + 1].n) != NULL)) {
				addname(b, t + i - 1, 1);
				b->strength = 3;
				b->anywhere = 1;
			}
			return;
		}
	/* "Alex Bozarjian Image": the author's picture */
	if (ph + 1 == nt && ph >= 2 && (eqword(t[ph].s, t[ph].n, "image") ||
	    eqword(t[ph].s, t[ph].n, "bild") || eqword(t[ph].s, t[ph].n,
	    "photo") || eqword(t[ph].s, t[ph].n, "foto"))) {
		k = onename(t, ph, &caps);
		if (k == ph && caps >= 2 && (isgiven(&t[0]) ||
		    isinitial(t[0].s, t[0].n))) {
			addname(b, t, k);
			b->strength = 2;
		}
		return;
	}
	if (ph < nt)
		return;		/* "Foto: Peter Kneffel/dpa" */
	/* a date first: "26. September 2019 Ulrike Stockhausen" */
	for (k = 0, dated = 0; k < nt && k < 10 && (t[k].sep ||
	    isdigitword(t[k].s, t[k].n) || isnotname(t[k].s, t[k].n) ||
	    (isdateword(t[k].s, t[k].n) && (dated || (k + 1 < nt &&
	    isdigitword(t[k + 1].s, t[k + 1].n)))));
	    k++)
		if (isdigitword(t[k].s, t[k].n) && isdate(&t[k]))
			dated = 1;
	if (dated && k < nt) {
		memmove(t, t + k, (nt - k) * sizeof(t[0]));
		nt -= k;
	} else
		dated = 0;
	/* the author's picture first: "Avatar Frank Hollmann am 18. Mai" */
	if (nt > 3 && (eqword(t[0].s, t[0].n, "avatar") || eqword(t[0].s,
	    t[0].n, "profilbild") || eqword(t[0].s, t[0].n, "gravatar"))) {
		memmove(t, t + 1, (nt - 1) * sizeof(t[0]));
		nt--;
	}
	/* a user name and a date: "jk 3. März 2021" */
	if (nt >= 2 && nt <= 12 && ishandle(&t[0], 0) &&
	    firstclass(t[0].s, t[0].n) == LOWER) {
		int date = 0;

		for (i = 1; i < nt; i++) {
			if (isdate(&t[i]) && !(t[i].n == 4 &&
			    isdigitword(t[i].s, 4) && strspn(t[i].s,
			    "0123456789") == 4))
				date = 1;	/* a full date, not a year */
			else if (!t[i].sep && !isdigitword(t[i].s, t[i].n) &&
			    !isdateword(t[i].s, t[i].n) &&
			    !inwords(commentwords, t[i].s, t[i].n))
				break;
		}
		if (i == nt && (date || dated)) {	/* "28. Januar 2015
							 * wanderkarl" */
			addname(b, t, 1);
			b->strength = 2;
			return;
		}
	}
	/* a name first */
	if ((k = honorific(t, nt)) > 0) {
		memmove(t, t + k, (nt - k) * sizeof(t[0]));
		nt -= k;
	}
	k = onename(t, nt, &caps);
	if (k < 2 || caps < 2 || k > 4)
		return;
	if (firstclass(t[0].s, t[0].n) == CASELESS)
		return;
	given = isgiven(&t[0]) || (k > 2 && isinitial(t[0].s, t[0].n));
	if (k == nt) {
		if (!given && (dated || k > 3))
			return;
		/* "Rui Serna Rui Serna": a name twice */
		if (k == 4 && t[0].n == t[2].n && t[1].n == t[3].n &&
		    memcmp(t[0].s, t[2].s, t[0].n) == 0 &&
		    memcmp(t[1].s, t[3].s, t[1].n) == 0)
			k = 2;
		if (k == 2 && t[0].n == t[1].n && memcmp(t[0].s, t[1].s,
		    t[0].n) == 0)
			return;		/* "Rui Rui" */
		if (!given && !plainname(t, k))
			return;
		if (!dated && isupper2(t, k))
			return;		/* "HAFEN TV": a brand or a menu */
		addname(b, t, k);
		b->strength = dated ? 2 : 1;
		b->unsure = !given;
		b->dated = dated && given;
		return;
	}
	if (inwords(verbs, t[k].s, t[k].n))
		return;		/* "Jane Doe is a reporter ...": a bio */
	if (namelist(b, t, nt, 0) == 0)
		return;
	/* what follows the names tells how sure we are */
	b->strength = 2;
	for (i = k; i < nt; i++)
		if (inwords(roles, t[i].s, t[i].n) ||
		    memchr(t[i].s, '@', t[i].n) != NULL)
			b->strength = 3;
	if (b->strength == 2) {
		/* only names, separators and date words: a byline with a
		 * date; anything else is a sentence or a menu */
		for (i = k; i < nt; i++)
			if (!t[i].sep && !isdigitword(t[i].s, t[i].n) &&
			    !isdateword(t[i].s, t[i].n) &&
			    !inwords(andwords, t[i].s, t[i].n) &&
			    !inwords(commentwords, t[i].s, t[i].n) &&
			    (firstclass(t[i].s, t[i].n) != UPPER ||
			    inwords(verbs, t[i].s, t[i].n)))
				break;
		if (i < nt)
			memset(b, 0, sizeof(*b));
		else if (b->nnames > 1 || b->outlet[0] != '\0' ||
		    b->nagency > 0)
			;
		else {
			/* one name and more: a date or an outlet needed */
			for (i = k; i < nt; i++)
				if (isdate(&t[i]) ||
				    (t[i].sep && t[i].s[0] == '|'))
					break;
			if (i == nt && !dated)
				memset(b, 0, sizeof(*b));	/* "Will Smith, Sohn" */
		}
	}
	if (b->strength == 2 && given)
		for (i = k; i < nt; i++)
			if ((isdate(&t[i]) && isdigitword(t[i].s, t[i].n) &&
			    strspn(t[i].s, "0123456789") != t[i].n) ||
			    (inwords(months, t[i].s, t[i].n) && ((i > 0 &&
			    isdigitword(t[i - 1].s, t[i - 1].n)) || (i + 1 < nt &&
			    isdigitword(t[i + 1].s, t[i + 1].n)))))
				b->dated = 1;	/* "12.03.2024", "29. Dezember
						 * 2022", not "2024" */
	if (b->strength == 2 && b->nnames >= 2 && b->nagency == 0 &&
	    b->outlet[0] == '\0') {
		/* "Vladimir Putin and Sergei Shoigu": names and separators
		 * only; under the text a caption, not a byline */
		for (i = 0; i < nt; i++)
			if (!t[i].sep && !inwords(andwords, t[i].s, t[i].n) &&
			    firstclass(t[i].s, t[i].n) != UPPER)
				break;
		b->listonly = i == nt;
	}
	if (b->strength == 2 && !given && b->nnames >= 2 && nt == b->nnames *
	    3 - 1 && plainnames(t, nt)) {
		b->plain = 1;	/* "Zola Dube / Tsepo Mahlaela": names only */
		return;
	}
	if (b->strength == 2 && !given) {
		/* "Lebensmittel Praxis 2023" is no byline; "Zola Dube |
		 * Published 2 hours ago" is */
		for (i = k; i < nt; i++)
			if ((t[i].sep && t[i].s[0] == '|' && i + 1 < nt &&
			    (isdate(&t[i + 1]) || inwords(pubwords, t[i + 1].s,
			    t[i + 1].n))) || inwords(pubwords, t[i].s, t[i].n))
				break;
		if (i == nt)
			memset(b, 0, sizeof(*b));
	}
	if (b->strength == 3 && !given) {
		/* "Themenbezogene Interessenbindung der Autorin": a role
		 * word alone does not make a name */
		for (i = k; i < nt; i++)
			if (memchr(t[i].s, '@', t[i].n) != NULL)
				break;
		if (i == nt || k > 3)
			memset(b, 0, sizeof(*b));
	}
}

/*
 * A line that is only a Japanese name: a known family name of two or
 * three characters and a given name of one to three (Han or kana).
 */
static void
janame(const char *s, size_t n, struct byl *b)
{
	size_t f, i, chars = 0;
	unsigned c;
	int k;

	memset(b, 0, sizeof(*b));
	if (n < 9 || n > 18 || (f = nw_familyname(s, n)) == 0 || f == n)
		return;
	for (i = 0; i < n; i += (size_t)k, chars++) {
		k = nw_utf8_decode(s + i, n - i, &c);
		if (k <= 0 || !((c >= 0x4E00 && c < 0xA000) ||
		    (c >= 0x3041 && c < 0x3097) || (c >= 0x30A1 && c < 0x30FB)))
			return;
	}
	if (chars - f / 3 > 3)
		return;
	memcpy(b->names[0], s, n);
	b->names[0][n] = '\0';
	b->nnames = 1;
	b->strength = 1;
}

/* --- bios, datelines, credits ------------------------------------------ */

static const char *const bioverbs[] = {
	"is a", "is an", "is the", "ist", "est", "es", "è", "was a",
	"writes", "schreibt", "covers", "works", "arbeitet", "lives",
	"lebt", "has been", "joined", NULL
};
static const char *const biowords[] = {
	"reporter", "journalist", "journalistin", "correspondent", "writer",
	"editor", "redakteur", "redakteurin", "korrespondent",
	"korrespondentin", "columnist", "kolumnist", "kolumnistin", "autor",
	"autorin", "author", "journaliste", "periodista", "giornalista",
	"rédacteur", "rédactrice", "correspondant", "correspondante",
	"contributor", "freelance", "freie", "freier", "blogger", "volontär",
	"volontärin", "reporterin", "covers", "schreibt", "writes", NULL
};

/* A quick look for a bio's verb in the first 120 bytes. */
static int
bioverb(const char *s, size_t n)
{
	static const char *const v[] = { " is ", " ist ", " est ", " es ",
	    " è ", " was ", " writes", " schreibt", " covers", " works",
	    " arbeitet", " lives", " lebt", " has been", " joined", NULL };
	const char *const *w;
	size_t i, l;

	if (n > 120)
		n = 120;
	for (i = 0; i < n; i++) {
		if (s[i] != ' ')
			continue;
		for (w = v; *w != NULL; w++) {
			l = strlen(*w);
			if (i + l <= n && s[i + 1] == (*w)[1] &&
			    memcmp(s + i, *w, l) == 0)
				return 1;
		}
	}
	return 0;
}

/*
 * A bio: "NAME is a reporter for OUTLET", "NAME ist Redakteurin bei ...".
 * On success the name goes to b, the outlet too if named.
 */
static int
readbio(const char *s, size_t n, struct byl *b)
{
	struct tok t[MAXTOK];
	size_t nt, k, i, j;
	const char *const *w;
	int caps, role = 0;

	memset(b, 0, sizeof(*b));
	if (n > MAXLINE || n < 20)
		return 0;
	nt = tokenize(s, n, t, MAXTOK);
	k = onename(t, nt, &caps);
	if (k < 2 || caps < 2 || k > 4 || k >= nt)
		return 0;
	for (w = bioverbs; *w != NULL; w++)
		if (matchcue(t + k, nt - k, *w) > 0)
			break;
	if (*w == NULL)
		return 0;
	for (i = k; i < nt && i < k + 12; i++)
		if (inwords(biowords, t[i].s, t[i].n))
			role = 1;
	if (!role)
		return 0;
	addname(b, t, k);
	/* the outlet: "for/at/bei/für The Daily Planet" */
	for (i = k; i + 1 < nt; i++)
		if (eqword(t[i].s, t[i].n, "for") || eqword(t[i].s, t[i].n,
		    "at") || eqword(t[i].s, t[i].n, "bei") ||
		    eqword(t[i].s, t[i].n, "für") || eqword(t[i].s, t[i].n,
		    "pour") || eqword(t[i].s, t[i].n, "para") ||
		    eqword(t[i].s, t[i].n, "per"))
			break;
	if (i + 1 < nt) {
		i++;
		for (j = i; j < nt && j < i + 5 && !t[j].sep &&
		    (firstclass(t[j].s, t[j].n) == UPPER ||
		    (j > i && eqword(t[j].s, t[j].n, "of"))); j++)
			;
		if (j > i) {
			size_t len = (size_t)(t[j - 1].s + t[j - 1].n - t[i].s);

			while (len > 0 && t[i].s[len - 1] == '.')
				len--;
			if (len < NAMELEN) {
				memcpy(b->outlet, t[i].s, len);
				b->outlet[len] = '\0';
			}
		}
	}
	b->strength = 3;
	return 1;
}

/*
 * A dateline at the start of a paragraph: "PARIS (Reuters) -",
 * "Berlin (dpa) -", "WASHINGTON, March 3 (AP) —", "(AFP) -".  Fills the
 * place and the agency; returns 1 when found.
 */
static int
dateline(const char *s, size_t n, struct found *fd)
{
	const char *p, *q, *a, *e;
	size_t plen;

	if (n > 80)
		n = 80;
	p = memchr(s, '(', n);
	if (p == NULL || p - s > 48)
		return 0;
	q = memchr(p, ')', n - (size_t)(p - s));
	if (q == NULL || q - p > 40)
		return 0;
	/* a dash or a colon after the parenthesis */
	e = q + 1;
	while (e < s + n && *e == ' ')
		e++;
	if (!(e < s + n && (*e == '-' || *e == ':' || (unsigned char)*e == 0xE2)))
		return 0;
	/* the agency: "Reuters", "dpa/lnw", "AP" */
	a = p + 1;
	{
		const char *sl = memchr(a, '/', (size_t)(q - a));
		size_t alen = (size_t)((sl ? sl : q) - a);

		if (agencyname(a, alen) == NULL &&
		    agencyname(a, (size_t)(q - a)) == NULL)
			return 0;
		addagency(fd->agency, &fd->nagency, a, (size_t)(q - a));
	}
	/* the place: capitalized words before, up to a comma */
	plen = (size_t)(p - s);
	while (plen > 0 && s[plen - 1] == ' ')
		plen--;
	{
		const char *c = memchr(s, ',', plen);

		if (c != NULL)
			plen = (size_t)(c - s);
	}
	if (plen > 0 && plen < NAMELEN && firstclass(s, plen) == UPPER &&
	    fd->dateline[0] == '\0') {
		struct tok t[16];
		size_t nt = tokenize(s, plen, t, 16), i;

		for (i = 0; i < nt; i++)
			if (t[i].sep || isdigitword(t[i].s, t[i].n))
				break;
		if (i == nt && nt <= 4) {
			memcpy(fd->dateline, s, plen);
			fd->dateline[plen] = '\0';
			if (nt > 0) {
				char tmp[NAMELEN];

				putname(tmp, t, nt);
				strcpy(fd->dateline, tmp);
			}
		}
	}
	return 1;
}

/*
 * A credit line of agencies only: "AFP", "— AFP", "(AP)", "dpa/sda",
 * "Quelle: dpa", "Mit Material von dpa und AFP".
 */
static int
creditline(const char *s, size_t n, struct found *fd)
{
	struct tok t[16];
	size_t nt, i, j, got = 0;

	if (n > 60)
		return 0;
	nt = tokenize(s, n, t, 16);
	if (nt == 0 || nt >= 16)
		return 0;
	for (i = 0; i < nt; i++) {
		if (t[i].sep || eqword(t[i].s, t[i].n, "quelle") ||
		    eqword(t[i].s, t[i].n, "source") ||
		    eqword(t[i].s, t[i].n, "mit") ||
		    eqword(t[i].s, t[i].n, "material") ||
		    eqword(t[i].s, t[i].n, "von") ||
		    eqword(t[i].s, t[i].n, "und") ||
		    eqword(t[i].s, t[i].n, "and") ||
		    eqword(t[i].s, t[i].n, "with") ||
		    eqword(t[i].s, t[i].n, "agenturen") ||
		    eqword(t[i].s, t[i].n, "from") ||
		    eqword(t[i].s, t[i].n, "©"))
			continue;
		for (j = i + 1; j < nt && j < i + 3 && !t[j].sep; j++)
			;
		if (agencyname(t[i].s, (size_t)(t[j - 1].s + t[j - 1].n -
		    t[i].s)) != NULL) {
			got++;
			i = j - 1;
			continue;
		}
		if (agencyname(t[i].s, t[i].n) != NULL) {
			got++;
			continue;
		}
		return 0;
	}
	if (got == 0)
		return 0;
	for (i = 0; i < nt; i++) {
		if (t[i].sep)
			continue;
		for (j = i + 1; j < nt && j < i + 3 && !t[j].sep; j++)
			;
		if (agencyname(t[i].s, (size_t)(t[j - 1].s + t[j - 1].n -
		    t[i].s)) != NULL) {
			addagency(fd->agency, &fd->nagency, t[i].s,
			    (size_t)(t[j - 1].s + t[j - 1].n - t[i].s));
			i = j - 1;
		} else if (!t[i].sep && agencyname(t[i].s, t[i].n) != NULL)
			addagency(fd->agency, &fd->nagency, t[i].s, t[i].n);
	}
	return 1;
}

/* "according to AFP", "laut dpa", "told Reuters", "(AP)" in the text. */
static void
attribution(const char *s, size_t n, struct found *fd)
{
	static const char *const lead[] = { "according to ", "reported ",
	    "told ", "laut ", "berichtete ", "berichtet ", "meldete ",
	    "meldet ", "selon l'", "selon ", "según ", "secondo l'",
	    "secondo ", "sagte der ", "sagte die ", "(", NULL };
	const char *const *l;
	const char *p, *end = s + n, *w, *we, *a;

	/* one pass: at each word start, the leads that start there */
	for (p = s; p < end; p++) {
		if (p > s && p[-1] != ' ' && *p != '(')
			continue;
		for (l = lead; *l != NULL; l++) {
			size_t ll;

			if ((*l)[0] != *p)
				continue;
			ll = strlen(*l);
			if ((size_t)(end - p) <= ll || memcmp(p, *l, ll) != 0)
				continue;
			w = p + ll;
			/* a new "(" ends it too: no rescan per "(" of "((((" */
			for (we = w; we < end && *we != ' ' && *we != ',' &&
			    *we != '.' && *we != ')' && *we != ';' &&
			    *we != ':' && *we != '('; we++)
				;
			if ((*l)[0] == '(' && (we >= end || *we != ')'))
				continue;
			if ((size_t)(we - w) >= 2 && (a = agencyname(w,
			    (size_t)(we - w))) != NULL &&
			    !eqword(a, strlen(a), "agencies") &&
			    !eqword(a, strlen(a), "agenturen"))
				addagency(fd->agency, &fd->nagency, w,
				    (size_t)(we - w));
		}
	}
}

/* --- records ----------------------------------------------------------- */

static int
ispara(const struct nw_field *f)
{
	return f->name != NULL && f->namelen == 4 &&
	    memcmp(f->name, "Para", 4) == 0;
}

/* Long enough to be body text: 20 words and sentence punctuation. */
static int
isbody(const struct nw_field *f)
{
	const char *p, *end;
	size_t sp = 0;

	if (f->len < 120 || !ispara(f))
		return 0;
	end = f->val + f->len;
	for (p = f->val; sp < 18 && (p = memchr(p, ' ', (size_t)(end - p)))
	    != NULL; p++)
		sp++;
	if (sp >= 18)
		return memchr(f->val, '.', f->len) != NULL;
	/* Chinese and Japanese: few spaces, but full stops "。" */
	for (p = f->val; (p = memchr(p, 0xE3, (size_t)(end - p))) != NULL &&
	    end - p >= 3; p++)
		if (p[1] == '\x80' && p[2] == '\x82')
			return 1;
	return 0;
}

static size_t
dist(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* The words of a name. */
static size_t
words(const char *s)
{
	size_t n = 1;

	for (; *s != '\0'; s++)
		n += *s == ' ';
	return n;
}

/* Add a name read from another line, unless it is there already. */
static void
joinname(struct byl *b, const char *name)
{
	size_t i;

	for (i = 0; i < b->nnames; i++)
		if (strcmp(b->names[i], name) == 0)
			return;
	if (b->nnames < MAXNAMES)
		memcpy(b->names[b->nnames++], name, NAMELEN);
}

/*
 * Is the name at p (n bytes: the whole name or its last word) the start of
 * a sentence about the author, "Dr. Jane Doe ist Redakteurin", "About the
 * author: Jane Doe writes on ..."?  A bio, not a mention.  Only when the
 * whole name opens the paragraph, after nothing but an author cue and
 * titles, and a present-tense verb follows: "Mayor Jane Doe was re-elected"
 * is a story about her.
 */
static int
biostatement(const char *start, const char *p, size_t n, const char *name,
    const char *end)
{
	static const char *const v[] = { " ist ", " is ", " schreibt ",
	    " writes ", " arbeitet ", " works ", " lebt ", " lives ", NULL };
	static const char *const pre[] = { "about the author:",
	    "about the author", "über den autor:", "über die autorin:",
	    "über den autor", "über die autorin", "Über den Autor:",
	    "Über die Autorin:", "Über den Autor", "Über die Autorin", "zum autor:", "zur autorin:",
	    "autor:", "autorin:", "autor*in:", "autor:in:", "autor_in:",
	    "author:", "prof.", "dr.", "ing.", "med.",
	    NULL };
	const char *const *w, *q;
	size_t nl = strlen(name), l;

	if ((size_t)(p + n - start) < nl)
		return 0;
	q = p + n - nl;
	if (memcmp(q, name, nl) != 0)
		return 0;
	/* what precedes the name: author cues and titles only */
	while (start < q) {
		if (*start == ' ') {
			start++;
			continue;
		}
		for (w = pre; *w != NULL; w++) {
			l = strlen(*w);
			if ((size_t)(q - start) >= l &&
			    strncasecmp(start, *w, l) == 0)
				break;
		}
		if (*w == NULL)
			return 0;
		start += l;
	}
	p += n;
	for (w = v; *w != NULL; w++) {
		l = strlen(*w);
		if ((size_t)(end - p) > l && memcmp(p, *w, l) == 0)
			return 1;
	}
	return 0;
}

/*
 * Is the name at p a credit, not a mention: "山本花子撮影" (photo by),
 * "山本花子記者", "【ジュネーブ山本花子、…】" (the reporters, in brackets)?
 */
static int
credited(const char *start, const char *p, size_t n, const char *end)
{
	const char *q;

	if ((size_t)(end - p) >= n + 6 && (memcmp(p + n, "撮影", 6) == 0 ||
	    memcmp(p + n, "記者", 6) == 0))
		return 1;
	for (q = p; q > start && p - q < 48; q--)
		if (q + 3 <= p && memcmp(q, "【", 3) == 0)
			return 1;
		else if (q + 3 <= p && memcmp(q, "】", 3) == 0)
			return 0;
	return 0;
}

/*
 * Does the body (the long paragraphs, up to 256 KiB of them) mention the
 * last word of name?  A line that is only a name, the name of someone the
 * story is about, is then a caption or a tag, not a byline.
 */
static int
mentioned(const struct nw_rec *r, const char *body, size_t self,
    const char *name, int surname)
{
	const char *w = strrchr(name, ' '), *p, *end;
	size_t i, n, fl, scanned = 0;

	/* the whole name; a bare name line: the family name alone too
	 * ("Merkel said") */
	w = surname && w != NULL && strlen(w + 1) >= 4 ? w + 1 : name;
	n = strlen(w);
	fl = strcspn(name, " ");
	if (n < 3)
		return 0;
	for (i = 0; i < r->n && scanned < ((size_t)1 << 18); i++) {
		const struct nw_field *f = &r->f[i];

		if (i == self || !body[i])
			continue;
		/* a bio or an author's box: "Jane Doe is ..." */
		if (f->len > fl && memcmp(f->val, name, fl) == 0)
			continue;
		scanned += f->len;
		end = f->val + f->len;
		for (p = f->val; (size_t)(end - p) >= n &&
		    (p = memchr(p, w[0], (size_t)(end - p) - n + 1)) != NULL;
		    p++)
			if (memcmp(p, w, n) == 0 && !credited(f->val, p, n,
			    end) && !biostatement(f->val, p, n, name, end))
				return 1;
	}
	return 0;
}

/* Is the name w[0..wl) in s[0..n), as whole words? */
static int
hasname(const char *s, size_t n, const char *w, size_t wl)
{
	const char *p, *end = s + n;

	for (p = s; (size_t)(end - p) >= wl && (p = memchr(p, w[0],
	    (size_t)(end - p) - wl + 1)) != NULL; p++)
		if (memcmp(p, w, wl) == 0 && (p == s || p[-1] == ' ') &&
		    (p + wl == end || p[wl] == ' ' || p[wl] == '.' ||
		    p[wl] == ','))
			return 1;
	return 0;
}

/* Has a line a word that can start a cue, or a Korean 기자? */
static int
hascue(const char *s, size_t n)
{
	struct tok t;
	size_t i = 0, j, words = 0;
	int lead = 1;	/* only separators so far, or a bar just before */

	/* words as split by spaces, without a final ':' or ',' */
	while (i < n && words < 12) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++;
			continue;
		}
		for (j = i; j < n && s[j] != ' ' && s[j] != '/' &&
		    s[j] != '\t' && s[j] != '\n'; j++)
			;
		t.s = s + i;
		t.n = j - i;
		t.sep = 0;
		while (t.n > 1 && (t.s[t.n - 1] == ':' || t.s[t.n - 1] == ','))
			t.n--;
		if ((iscuestart(&t) && !(!lead && startonly(&t))) ||
		    eqword(t.s, t.n, "기자") ||
		    eqword(t.s, t.n, "특파원") || (t.n > 2 && t.s[0] == 'b' &&
		    t.s[1] == 'y' && t.s[2] >= 'A' && t.s[2] <= 'Z'))
			return 1;
		/* "—", "-", "|", "•": a separator keeps a cue at the start;
		 * after a bar a new one starts */
		if (strspn(t.s, "-|*>~=#") != t.n && !(t.n == 3 &&
		    (unsigned char)t.s[0] == 0xE2 &&
		    (unsigned char)t.s[1] == 0x80))
			lead = 0;
		if (t.n == 1 && t.s[0] == '|')
			lead = 1;
		words++;
		i = j + 1;
	}
	return 0;
}

/* A line that is only a cue: "By", "Von", "Kommentar von", "Autor:". */
static int
cueonly(const char *s, size_t n)
{
	struct tok t[8];
	size_t nt = tokenize(s, n, t, 8);
	const char *const *w;

	if (nt == 0 || nt >= 8 || !iscuestart(&t[0]))
		return 0;
	for (w = cues; *w != NULL; w++)
		if (matchcue(t, nt, *w) == nt)
			return 1;
	return 0;
}

/* Is a line only a date: "May 14, 2025", "19.10.2019, 12:30"? */
static int
dateonly(const char *s, size_t n)
{
	struct tok t[12];
	size_t nt = tokenize(s, n, t, 12), i;

	if (nt == 0 || nt >= 12)
		return 0;
	for (i = 0; i < nt; i++)
		if (!t[i].sep && !isdigitword(t[i].s, t[i].n) &&
		    !isdateword(t[i].s, t[i].n))
			return 0;
	return 1;
}

/* Does a line start with a date: "am Sonntag, 11.12.2022", "19.10.19"? */
static int
datelinestart(const char *s, size_t n)
{
	struct tok t[8];
	size_t nt = tokenize(s, n, t, 8), i;

	for (i = 0; i < nt && i < 5; i++) {
		if (isdate(&t[i]) || (i + 1 < nt && t[i + 1].sep &&
		    t[i + 1].s[0] == '/' && !t[i].sep && t[i].n <= 2 &&
		    strspn(t[i].s, "0123456789") == t[i].n))
			return 1;	/* "19.10.2019", "29/05/2025" */
		if (!t[i].sep && !isdateword(t[i].s, t[i].n) &&
		    !(i == 0 && memchr(t[i].s, '-', t[i].n) != NULL &&
		    isdigitword(t[i].s, t[i].n)))
			return 0;	/* "Vigo-29/05/2025" goes on */
	}
	return 0;
}

/*
 * Nothing near the headline or the text: a line that starts with an
 * author cue ("Autor: Jane Doe", "Text: Jane Doe") may be anywhere, when
 * the page has one such author only: two different ones are a list of
 * teasers.
 */
static void
farcue(const struct nw_rec *r, struct byl *best, size_t *besti,
    int *joined)
{
	static char buf[8 * MAXLINE + 16];
	struct byl b;
	size_t i, j, n;
	int got = 0, two;

	for (i = 0; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];
		struct tok w;

		if (!ispara(f) || f->len > 120 || f->len < 2 ||
		    f->val[0] == ' ')
			continue;	/* an indented item is a menu's */
		/* the line starts with a cue word */
		for (w.n = 0; w.n < f->len && f->val[w.n] != ' ' &&
		    f->val[w.n] != ':'; w.n++)
			;
		w.s = f->val;
		w.sep = 0;
		if (!iscuestart(&w))
			continue;
		n = clean(f->val, f->len, buf);
		if ((two = cueonly(buf, n))) {
			/* "Autor:" on a line, the name on the next */
			if (i + 1 == r->n || !ispara(&r->f[i + 1]) ||
			    r->f[i + 1].len > MAXLINE)
				continue;
			buf[n++] = ' ';
			n += clean(r->f[i + 1].val, r->f[i + 1].len, buf + n);
		} else if (f->val[f->len - 1] == ':')
			continue;	/* a heading: "By Main Course:" */
		readline(buf, n, &b);
		if (b.strength != 4 || b.nnames == 0 || b.handle)
			continue;
		for (j = 0; j < b.nnames && strchr(b.names[j], ' ') != NULL;
		    j++)
			;
		if (j < b.nnames)
			continue;	/* full names only */
		if (got && (b.nnames != best->nnames ||
		    strcmp(b.names[0], best->names[0]) != 0)) {
			memset(best, 0, sizeof(*best));
			return;		/* two authors: teasers */
		}
		if (!got) {
			*best = b;
			*besti = i;
			*joined = two;
			got = 1;
		}
	}
}

/* Does a line start with a count of comments, "12 Kommentare", "3 comments"? */
static int
counted(const char *s, size_t n)
{
	size_t d = 0, w;

	while (d < n && d < 6 && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d == 0 || d >= n || s[d] != ' ')
		return 0;
	s += d + 1;
	n -= d + 1;
	for (w = 0; w < n && s[w] != ' ' && s[w] != '/' && s[w] != '|' &&
	    s[w] != ','; w++)
		;
	return eqword(s, w, "kommentare") || eqword(s, w, "kommentar") ||
	    eqword(s, w, "comments") || eqword(s, w, "comment") ||
	    eqword(s, w, "commentaires") || eqword(s, w, "comentarios");
}

/*
 * A line that is one capitalized word, a tag of the story ("Politik",
 * "Elections"), not a button to share it ("Facebook", "Teilen") nor a
 * role ("Reporter").
 */
static int
tagword(const struct nw_field *f)
{
	static const char *const share[] = { "facebook", "twitter", "x",
	    "instagram", "linkedin", "whatsapp", "pinterest", "xing",
	    "telegram", "reddit", "email", "e-mail", "mail", "teilen",
	    "share", "drucken", "print", "tweet", "youtube", "tiktok",
	    "mastodon", "threads", "bluesky", "flipboard", "messenger",
	    "kommentare", "comments", "partager", "compartir", NULL };
	size_t i;

	if (!ispara(f) || f->len < 3 || f->len > 30 || f->val[0] < 'A' ||
	    f->val[0] > 'Z')
		return 0;
	for (i = 1; i < f->len; i++)
		if (f->val[i] == ' ' || (f->val[i] >= '0' && f->val[i] <= '9'))
			return 0;
	/* "Jane Doe", "Reporter", "Berlin": an author's box */
	return !inwords(share, f->val, f->len) &&
	    !inwords(roles, f->val, f->len);
}

/* Find everything in one record. */
static void
examine(const struct nw_rec *r, struct found *fd)
{
	static char buf[8 * MAXLINE + 16], buf2[4 * MAXLINE + 8];
	struct byl b, best;
	int joined, bestjoined = 0, pass, box, datebox, endsig;
	size_t i, ti = (size_t)-1, bs = (size_t)-1, be = 0, besti = 0;
	size_t bs0 = (size_t)-1;
	long bestscore = 0;
	size_t nbody = 0, nb;

	memset(&best, 0, sizeof(best));
	fd->b.nnames = 0;
	fd->b.strength = 0;
	fd->bio[0] = fd->dateline[0] = '\0';
	fd->nagency = fd->ncredit = 0;
	fd->any = 0;
	if (fd->dropcap < r->n) {
		fd->dropcap = r->n * 2;
		fd->drop = nw_realloc(fd->drop, fd->dropcap);
		fd->body = nw_realloc(fd->body, fd->dropcap);
	}
	memset(fd->drop, 0, r->n);
	for (i = 0; i < r->n; i++) {
		if (ti == (size_t)-1 && r->f[i].name != NULL &&
		    nw_is(&r->f[i], "Title"))
			ti = i;
		fd->body[i] = (char)isbody(&r->f[i]);
		if (fd->body[i]) {
			if (bs0 == (size_t)-1)
				bs0 = i;
			if (bs == (size_t)-1 ||
			    (ti != (size_t)-1 && bs < ti && i > ti))
				bs = i;
			be = i;
			nbody++;
		}
	}
#ifdef NW_DEBUG
	fprintf(stderr, "ti %ld bs0 %ld bs %ld be %ld nbody %zu n %zu\n",
	    (long)ti, (long)bs0, (long)bs, (long)be, nbody, r->n);
#endif
	/* the byline: first the lines next to an anchor, then the others
	 * (which most often cannot beat what the first pass found) */
	for (pass = 0, i = 0; pass < 2; i = 0, pass++)
	for (; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];
		size_t n, near = (size_t)-1;
		long score;

		if (f->name == NULL || f->len > MAXBYLINE || f->len < 2 ||
		    (!ispara(f) && !nw_is(f, "Title") && !nw_is(f, "Section")))
			continue;
		if (ti != (size_t)-1)
			near = dist(i, ti);
		if (bs != (size_t)-1 && dist(i, bs) < near)
			near = dist(i, bs);
		if (bs0 != (size_t)-1 && i < bs0 && bs0 - i < near)
			near = bs0 - i;	/* just above the first long text */
		if (nbody > 0 && i > be && i - be < near)
			near = i - be;
		/* right under two paragraphs of text and over no more: the
		 * end of the article, though teasers or comments follow; a
		 * bare name here signs it */
		endsig = i >= 2 && fd->body[i - 1] && fd->body[i - 2] &&
		    (i + 1 == r->n || !fd->body[i + 1]) && f->len <= 60;
		if (ti == (size_t)-1 && nbody == 0)
			near = i;
		/* an author's box: the name twice, picture and caption */
		box = i + 1 < r->n && r->f[i + 1].len >= f->len &&
		    memcmp(r->f[i + 1].val, f->val, f->len) == 0;
		if (!box && near > 40 && near <= 60 && f->len <= 40 &&
		    f->len >= 6)
			for (n = 0; n + 6 <= f->len && !box; n++)
				box = memcmp(f->val + n, "기자", 6) == 0;
		if ((endsig ? 1 : near) > (box ? 60u : 40u) ||
		    400L - (long)(endsig ? 1 : near) * 4 <= bestscore ||
		    (pass == 0) != (near <= 6))
			continue;	/* could not beat the best so far */
		if (pass == 1 && !(ti < i && i < bs && near <= 12) && !box &&
		    !endsig &&
		    !hascue(f->val, f->len) && !(near <= 10 && f->len <= 40 &&
		    i + 1 < r->n && r->f[i + 1].len < 40 &&
		    datelinestart(r->f[i + 1].val, r->f[i + 1].len)))
			continue;	/* far away only cues, boxes and a
					 * name over a date count */
		if (nbody > 0 && i > be && counted(f->val, f->len))
			continue;	/* "12 Kommentare / Von ..." under the
					 * text: a teaser's */
		n = clean(f->val, f->len, buf);
		joined = datebox = 0;
		if (memchr(buf, ' ', n) != NULL)
			readline(buf, n, &b);
		else		/* one word: only "By" above the names, or a
				 * Japanese name */
			janame(buf, n, &b);
		if (b.strength == 0 && n <= 40 && i + 1 < r->n &&
		    ispara(&r->f[i + 1]) && r->f[i + 1].len <= MAXLINE &&
		    cueonly(buf, n)) {
			/* "By" on a line, the names on the next */
			buf[n++] = ' ';
			n += clean(r->f[i + 1].val, r->f[i + 1].len, buf + n);
			readline(buf, n, &b);
			if (b.strength == 4 && b.nnames > 0 &&
			    strchr(b.names[0], ' ') != NULL)
				joined = 1;
			else
				memset(&b, 0, sizeof(b));
		}
		if (b.strength == 1 && i + 1 < r->n && ispara(&r->f[i + 1])) {
			const struct nw_field *g = &r->f[i + 1];
			size_t nl = strlen(b.names[0]);

			/* an author's box: the name again, or a bio that
			 * starts with it; or a date line under the name */
			size_t gl = clean(g->val, g->len < MAXLINE ? g->len :
			    MAXLINE, buf2);

			if (gl >= nl && memcmp(buf2, b.names[0], nl) == 0 &&
			    (buf2[nl] == '\0' || buf2[nl] == ' ' ||
			    buf2[nl] == ',')) {
				/* an unknown name only near the headline */
				b.strength = b.unsure && near > 6 ? 1 : 3;
				b.anywhere = !b.unsure;
			} else if (gl <= 60 && gl > nl + 2 && hasname(buf2 + 1,
			    gl - 1, b.names[0], nl)) {
				/* "Alle Artikel von Jane Doe", "More
				 * stories by Jane Doe": a link to the author */
				b.strength = 3;
				b.anywhere = !b.unsure;
			}
			else if (g->len < 80 && datelinestart(buf2, gl)) {
				/* the name, then a date: above the end of
				 * the text a byline, below it a comment */
				b.strength = nbody == 0 || i < be ? 3 : 2;
				datebox = 1;
			}
		}
		if (b.strength == 1 && i > 0 && ispara(f) &&
		    ispara(&r->f[i - 1]) && r->f[i - 1].len < 40 &&
		    i + 1 == bs0) {
			/* "May 14, 2025" over the name, right above the
			 * text */
			const struct nw_field *g = &r->f[i - 1];
			size_t gl = clean(g->val, g->len, buf2);

			if (datelinestart(buf2, gl) && dateonly(buf2, gl)) {
				b.strength = 3;
				datebox = 1;
			}
		}
		if (b.strength == 3 && !b.unsure && i + 1 < r->n &&
		    ispara(&r->f[i + 1]) && r->f[i + 1].len < 100 &&
		    datelinestart(r->f[i + 1].val, r->f[i + 1].len))
			datebox = 1;	/* "Par Le Courrier", then "Publié
					 * le 3 mai": a dated byline */
		if (b.unsure && b.strength < 3)
			continue;
		if (endsig && b.strength == 1)
			near = 1;
		/* a headline is a byline only with a cue or a role; the
		 * line over it ("Section") may be the author's name */
		if (b.strength == 0 || (nw_is(f, "Title") && b.strength < 3) ||
		    (nw_is(f, "Section") && (b.strength != 1 || b.unsure ||
		    i + 1 != ti)) ||
		    (near > 40 && !b.anywhere))
			continue;
		if (b.strength == 1 && i + 2 < r->n && tagword(&r->f[i + 1]) &&
		    tagword(&r->f[i + 2]))
			continue;	/* "Jane Doe", "Politik", "Wahlen": a
					 * list of the story's tags */
		if (b.plain && ((ti != (size_t)-1 && i < ti) ||
		    (bs != (size_t)-1 && i >= bs) || (bs == (size_t)-1 &&
		    nbody > 0)))
			continue;	/* names only: a caption under the text
					 * or a teaser's, unless between
					 * headline and text */
		if (b.listonly && nbody > 0 && i > be)
			continue;	/* a caption of names under the text */
		if (b.strength == 1 && near > 6 && !(ti != (size_t)-1 &&
		    bs != (size_t)-1 && ti < i && i < bs && near <= 12))
			continue;	/* between headline and body: closer */
		if ((b.strength == 3 && near > (datebox ? 10u : 6u) &&
		    !b.anywhere) ||
		    (b.strength == 2 && near > 4))
			continue;
		/* an author's box may be anywhere: it loses less */
		score = (b.plain ? 99L : b.strength * 100L) -
		    (long)near * (b.anywhere ? 4 :
		    NEARW) - (b.handle ? 30 : 0);	/* a full name is surer */
		if (nbody > 0 && i > be)
			score -= BELOWW;	/* under the text: teasers */
		/* the text starts under it, or under its date line: it
		 * heads the article, not a teaser among others */
		if (b.strength >= 2 && !b.plain && i + 1 < r->n &&
		    (fd->body[i + 1] ||
		    (datebox &&
		    i + 2 < r->n && fd->body[i + 2])))
			score += HEADW;
#ifdef NW_DEBUG
		fprintf(stderr, "cand %zu s%d near %zu: %s\n", i, b.strength,
		    near, buf);
#endif
		if (score > bestscore && ((b.strength > 2 && !b.unsure) ||
		    b.dated || !mentioned(r, fd->body, i, b.names[0],
		    b.strength == 1))) {
			bestscore = score;
			best = b;
			besti = i;
			bestjoined = joined;
		}
	}
	if (best.strength == 0)
		farcue(r, &best, &besti, &bestjoined);
#ifdef NW_DEBUG
	if (best.strength > 0)
		fprintf(stderr, "best %zu s%d score %ld\n", besti,
		    best.strength, bestscore);
#endif
	if (best.strength > 0) {
		fd->b = best;
		fd->at = besti;
		fd->drop[besti] = ispara(&r->f[besti]);
		if (bestjoined)
			fd->drop[++besti] = 1;
		fd->any = 1;
		/* one name per line: the lines right after join */
		for (i = besti + 1, nb = 0; i < r->n && i < besti + 12 &&
		    fd->b.nnames < MAXNAMES && best.strength < 4; i++) {
			const struct nw_field *f = &r->f[i];
			size_t n, j;

			if (!ispara(f) || f->len > MAXLINE || fd->body[i])
				break;	/* the text ends the byline */
			n = clean(f->val, f->len, buf);
			if (n == 0 || (n <= 3 && nb == 0)) {
				nb++;
				continue;
			}
			readline(buf, n, &b);
			if (b.strength == 0 || b.nnames == 0 || b.unsure ||
			    (b.strength < 3 && best.strength != b.strength) ||
			    (best.strength == 4 && b.strength < 3)) {
				if (++nb > 2)
					break;
				continue;
			}
			for (j = 0; j < b.nnames; j++)
				if (words(b.names[j]) <= 3)
					joinname(&fd->b, b.names[j]);
			fd->drop[i] = 1;
			nb = 0;
		}
		/* Korean "이름 기자" lines: the ones above join too, first */
		for (i = besti, nb = 0; i-- > 0 && i + 12 > besti &&
		    best.anywhere && best.strength == 3 && fd->b.nnames > 0 &&
		    firstclass(fd->b.names[0], strlen(fd->b.names[0])) ==
		    CASELESS && fd->b.nnames < MAXNAMES;) {
			const struct nw_field *f = &r->f[i];
			size_t n;

			if (!ispara(f) || f->len > MAXLINE)
				break;
			n = clean(f->val, f->len, buf);
			readline(buf, n, &b);
			if (n == 0 || b.strength != 3 || b.nnames == 0 ||
			    !b.anywhere) {
				if (++nb > 2)
					break;
				continue;
			}
			memmove(fd->b.names[1], fd->b.names[0],
			    fd->b.nnames * NAMELEN);
			memcpy(fd->b.names[0], b.names[0], NAMELEN);
			fd->b.nnames++;
			fd->drop[i] = 1;
			fd->at = i;
			nb = 0;
		}
	}
	/* a bio near the byline or at the end */
	for (i = 0; i < r->n; i++) {
		const struct nw_field *f = &r->f[i];
		size_t n;

		if (!ispara(f) || f->len > MAXLINE || f->len < 20 ||
		    fd->drop[i] || (f->val[0] >= 'a' && f->val[0] <= 'z') ||
		    (f->val[0] >= '0' && f->val[0] <= '9'))
			continue;	/* a bio starts with a name */
		if (!(fd->any && dist(i, fd->at) <= 3) && !(nbody > 0 &&
		    i > be && i - be <= 40) && !(bs != (size_t)-1 && i < bs &&
		    bs - i <= 6))
			continue;
		if (!bioverb(f->val, f->len))
			continue;
		n = clean(f->val, f->len, buf);
		if (!readbio(buf, n, &b))
			continue;
		if (fd->b.nnames > 0) {
			size_t j;

			for (j = 0; j < fd->b.nnames; j++)
				if (strcmp(fd->b.names[j], b.names[0]) == 0)
					break;
			if (j == fd->b.nnames)
				continue;
		} else {
			fd->b.nnames = 1;
			memcpy(fd->b.names[0], b.names[0], NAMELEN);
			/* the name line above the bio goes with it */
			if (i > 0 && ispara(&r->f[i - 1]) && r->f[i - 1].len ==
			    strlen(b.names[0]) && memcmp(r->f[i - 1].val,
			    b.names[0], r->f[i - 1].len) == 0) {
				fd->drop[i - 1] = 1;
				if (!fd->any || i - 1 < fd->at)
					fd->at = i - 1;
			}
			fd->b.strength = 3;
			if (!fd->any || i < fd->at)
				fd->at = i;
			fd->any = 1;
		}
		memcpy(fd->bio, buf, n + 1);
		if (fd->b.outlet[0] == '\0')
			memcpy(fd->b.outlet, b.outlet, NAMELEN);
		fd->drop[i] = 1;
		break;
	}
	/* agencies: the byline's, a dateline, credit lines, attributions */
	for (i = 0; i < fd->b.nagency; i++)
		addagency(fd->agency, &fd->nagency, fd->b.agency[i],
		    strlen(fd->b.agency[i]));
	{
		size_t seen = 0, from = nbody > 0 ? bs : 0;
		size_t to = nbody > 0 ? be + 6 : r->n;

		for (i = from; i < r->n && i <= to; i++) {
			const struct nw_field *f = &r->f[i];
			int texty = f->len >= 40;

			if (!ispara(f) || fd->drop[i])
				continue;
			size_t before = fd->nagency, j;

			if (seen < 3 && texty && dateline(f->val, f->len,
			    fd)) {
				for (j = before; j < fd->nagency; j++)
					addagency(fd->credit, &fd->ncredit,
					    fd->agency[j], strlen(fd->agency[j]));
				if (!fd->any) {
					fd->at = i;
					fd->any = 1;
				}
			} else if (f->len <= 60 && (nbody == 0 || i > be ||
			    i <= bs + 2) && creditline(f->val, f->len, fd)) {
				for (j = before; j < fd->nagency; j++)
					if (!eqword(fd->agency[j], strlen(
					    fd->agency[j]), "agencies") &&
					    !eqword(fd->agency[j], strlen(
					    fd->agency[j]), "agenturen"))
						addagency(fd->credit,
						    &fd->ncredit, fd->agency[j],
						    strlen(fd->agency[j]));
				fd->drop[i] = 1;
				if (!fd->any || i < fd->at)
					fd->at = i;
				fd->any = 1;
			} else if (texty && (seen < 4 || i + 2 >= be)) {
				attribution(f->val, f->len, fd);
				if (fd->nagency > before && !fd->any) {
					fd->at = i;
					fd->any = 1;
				}
			}
			if (texty)
				seen++;
		}
	}
	if (fd->b.nnames == 0 && !fd->b.allagency && !fd->b.byoutlet)
		fd->b.outlet[0] = '\0';
}

static void
put(const char *name, const char *val)
{
	nw_put(stdout, name, val, strlen(val));
}

static int
byfile(const char *path)
{
	static struct nw_rec r;
	static struct found fd;
	struct nw_reader rd;
	size_t i, j;
	int rv, status = 0;

	if (nw_reader_open(&rd, path) != 0) {
		nw_warn("%s:", path);
		return 2;
	}
	while ((rv = nw_read(&rd, &r)) > 0) {
		if (r.special) {
			nw_put_rec(stdout, &r);
			continue;
		}
		examine(&r, &fd);
		if (fd.b.nnames == 0 && fd.ncredit == 0 && !fd.b.allagency &&
		    !fd.b.byoutlet &&
		    check) {
			const struct nw_field *s = nw_get(&r, "Source");
			const struct nw_field *id = nw_get(&r, "Id");

			fprintf(stderr, "%s:%s: no byline\n",
			    s ? s->val : path, id ? id->val : "?");
			status = 1;
		}
		if (!fd.any) {
			nw_put_rec(stdout, &r);
			if (ferror(stdout))
				break;
			continue;
		}
		for (i = 0; i < r.n; i++) {
			if (i == fd.at) {
				for (j = 0; j < fd.b.nnames; j++)
					put("Author", fd.b.names[j]);
				if (fd.b.byoutlet && fd.b.nnames == 0)
					put("Author", fd.b.outlet);
				else if (fd.b.allagency && fd.b.nnames == 0)
					for (j = 0; j < fd.b.nagency; j++)
						put("Author", fd.b.agency[j]);
				else if (fd.b.nnames == 0)
					for (j = 0; j < fd.ncredit; j++)
						put("Author", fd.credit[j]);
				if (fd.bio[0] != '\0')
					put("Bio", fd.bio);
				if (fd.b.outlet[0] != '\0')
					put("Outlet", fd.b.outlet);
				for (j = 0; j < fd.nagency; j++)
					put("Agency", fd.agency[j]);
				if (fd.dateline[0] != '\0')
					put("Dateline", fd.dateline);
			}
			if (fd.drop[i] && !keep)
				continue;
			nw_put_field(stdout, &r.f[i]);
		}
		if (nw_end(stdout))
			break;
	}
	if (rv < 0) {
		nw_warn("%s", rd.err);
		status = 2;
	}
	nw_reader_close(&rd);
	return status;
}

int
main(int argc, char *argv[])
{
	static const struct nw_longopt lo[] = {
		{ "check", 0, NW_OPT_LONG }, { NULL, 0, 0 } };
	struct nw_opt o;
	int c, i, s, status = 0;

	nw_start();
	nw_setprog(argv[0]);
	nw_opt_init(&o);
	while ((c = nw_getopt(&o, argc, argv, "k", lo)) != -1) {
		switch (c) {
		case 'k':
			keep = 1;
			break;
		case NW_OPT_LONG:
			check = 1;
			break;
		default:	/* --help, --version, a bad option */
			return nw_optend(c, &o, usage);
		}
	}
	argc -= o.ind;
	argv += o.ind;
	if (argc == 0)
		status = byfile("-");
	for (i = 0; i < argc && !ferror(stdout); i++) {
		s = byfile(argv[i]);
		if (s > status)
			status = s;
	}
	return nw_finish(status);
}
