/*
 * names.c: given names, to tell a person's name from other capitalized
 * words ("Anna Schmidt" from "Neue Artikel").  A fixed table of common
 * given names of many languages, lower case, sorted by bytes; it is a
 * hint, never proof: many names are missing from it.
 */
#include <stdlib.h>
#include <string.h>

#include "nw.h"

static const char *const given[] = {
	"aamir", "aaron", "abby", "abdul", "abdullah", "abel", "abigail",
	"abraham", "ada", "adam", "adel", "adele", "adeline", "adnan",
	"adolf", "adrian", "adriana", "adrien", "agata", "agatha", "agnes",
	"agnieszka", "ahmad", "ahmed", "ahmet", "aida", "aidan", "ailsa",
	"aisha", "akira", "al", "alain", "alan", "alba", "albert", "alberto",
	"albrecht", "alec", "alejandra", "alejandro", "aleksander",
	"aleksandr", "aleksandra", "alena", "alessandra", "alessandro",
	"alessia", "alessio", "alex", "alexa", "alexander", "alexandra",
	"alexandre", "alexei", "alexis", "alfonso", "alfred", "alfredo",
	"ali", "alice", "alicia", "alina", "alison", "alistair", "alix",
	"allan", "allison", "alma", "alois", "alyssa", "amadou", "amanda",
	"amber", "amelia", "amelie", "amina", "amir", "amit", "amy",
	"amélie", "ana", "anastasia", "anders", "andi", "andrea", "andreas",
	"andreea", "andrei", "andrej", "andres", "andrew", "andrzej",
	"andrés", "andy", "aneta", "angela", "angelika", "angelina",
	"angelo", "angus", "anika", "anita", "anja", "ann", "anna",
	"annabel", "annabelle", "annalena", "anne", "annegret", "anneke",
	"annett", "annette", "annika", "anouk", "anthony", "antje",
	"antoine", "anton", "antonia", "antonio", "anya", "april", "arash",
	"ari", "ariane", "arianna", "arif", "arjen", "arjun", "armin",
	"arnaud", "arne", "arnold", "aron", "arthur", "arturo", "asa",
	"ashley", "ashok", "astrid", "aubrey", "audrey", "august", "augusto",
	"aurelia", "aurélie", "austin", "ava", "axel", "ayesha", "aylin",
	"ayman", "ayse", "ayşe", "baptiste", "barack", "barbara", "barbora",
	"barry", "bart", "bartosz", "basil", "bastian", "beata", "beate",
	"beatrice", "beatrix", "beatriz", "becky", "bella", "ben",
	"benedict", "benedikt", "benjamin", "bennet", "benoit", "benoît",
	"bente", "bernadette", "bernard", "bernd", "bernhard", "bert",
	"berta", "bertrand", "beth", "bethany", "bettina", "betty", "bianca",
	"bilal", "bill", "billy", "birgit", "bjorn", "björn", "blake", "bo",
	"bob", "bobby", "bodo", "bogdan", "boris", "brad", "bradley",
	"brandon", "brenda", "brendan", "brian", "bridget", "brigitte",
	"britta", "brittany", "bruce", "bruno", "bryan", "burak", "burkhard",
	"caitlin", "caleb", "callum", "cameron", "camila", "camilla",
	"camille", "candice", "cara", "carina", "carl", "carla", "carlo",
	"carlos", "carmen", "carol", "carola", "carole", "caroline",
	"carolyn", "carsten", "casey", "caspar", "cassandra", "catalina",
	"caterina", "catherine", "cathy", "cecile", "cecilia", "cedric",
	"celia", "celine", "cem", "chad", "chantal", "charles", "charlie",
	"charlotta", "charlotte", "chase", "chen", "cheryl", "chiara",
	"chloe", "chloé", "chris", "christa", "christian", "christiane",
	"christina", "christine", "christoph", "christophe", "christopher",
	"chuck", "cindy", "claire", "clara", "clare", "clarissa", "claudia",
	"claudio", "claus", "clemens", "cliff", "clifford", "clive",
	"clément", "cody", "colin", "connor", "conor", "conrad", "constance",
	"constanze", "corinna", "cornelia", "cornelius", "craig", "cristian",
	"cristina", "curtis", "cynthia", "cécile", "cédric", "céline",
	"daan", "dag", "daisy", "dale", "damian", "damien", "dan", "dana",
	"daniel", "daniela", "daniele", "danielle", "danilo", "danny",
	"daria", "dario", "darius", "darren", "dave", "david", "dawn",
	"dean", "debbie", "deborah", "declan", "deepak", "denis", "denise",
	"dennis", "derek", "detlef", "diana", "diane", "diego", "dieter",
	"dietmar", "dimitri", "dimitris", "dina", "dirk", "dolores",
	"domenico", "dominic", "dominik", "dominika", "dominique", "don",
	"donald", "donna", "doris", "dorothea", "dorothee", "dorothy",
	"doug", "douglas", "duncan", "dustin", "dylan", "ebru", "ed",
	"eddie", "edgar", "edith", "edmund", "eduard", "eduardo", "edward",
	"edwin", "eileen", "ekaterina", "elaine", "eleanor", "elena", "eli",
	"elias", "elif", "elijah", "elisa", "elisabeth", "elise", "eliza",
	"elizabeth", "elke", "ella", "ellen", "ellie", "elliot", "elliott",
	"elsa", "emanuel", "emeka", "emil", "emilia", "emilie", "emily",
	"emine", "emir", "emma", "emmanuel", "emre", "enrico", "enrique",
	"eric", "erica", "erich", "erik", "erika", "erin", "ernst", "esra",
	"esther", "ethan", "eugen", "eugene", "eva", "evan", "evelyn",
	"evgenia", "ewa", "fabian", "fabienne", "fabio", "fabrice", "farah",
	"farid", "fatima", "fatma", "fatou", "federico", "felicitas",
	"felipe", "felix", "fernanda", "fernando", "filip", "filippo",
	"finn", "fiona", "florence", "florian", "francesca", "francesco",
	"francis", "francisco", "franck", "frank", "franz", "franziska",
	"fred", "frederic", "frederick", "frederik", "frida", "friederike",
	"friedrich", "fritz", "frédéric", "gabi", "gabriel", "gabriela",
	"gabriele", "gabrielle", "gareth", "gary", "gavin", "gemma", "gene",
	"geoff", "geoffrey", "georg", "george", "georges", "georgia",
	"gerald", "gerard", "gerd", "gerda", "gerhard", "german", "gernot",
	"gert", "gertrud", "gianluca", "gilbert", "gilles", "gina",
	"giorgia", "giorgio", "giovanni", "gisela", "giulia", "giulio",
	"giuseppe", "glenn", "gordon", "grace", "graham", "grant", "greg",
	"gregor", "gregory", "greta", "guido", "guillaume", "gunnar",
	"gunter", "gustav", "gustavo", "guy", "günter", "günther", "hakan",
	"hamid", "hana", "hanna", "hannah", "hannes", "hans", "harald",
	"harold", "harriet", "harry", "harvey", "hasan", "hassan", "heather",
	"hector", "hedwig", "heidi", "heike", "heiko", "hein", "heinrich",
	"heinz", "helen", "helena", "helene", "helga", "helmut", "hendrik",
	"henning", "henri", "henrik", "henry", "herbert", "hermann",
	"hilary", "hilde", "hiroshi", "holger", "holly", "horst", "howard",
	"hubert", "hugh", "hugo", "hussein", "ian", "ibrahim", "ibrahima",
	"ida", "igor", "ilona", "ilse", "imke", "imran", "ina", "ines",
	"inga", "inge", "ingo", "ingrid", "inés", "irene", "irina", "iris",
	"isaac", "isabel", "isabella", "isabelle", "ivan", "ivana", "ivo",
	"jack", "jackie", "jacob", "jacqueline", "jacques", "jade", "jaime",
	"jake", "jakub", "jamal", "james", "jamie", "jan", "jana", "jane",
	"janet", "janina", "janine", "janis", "jannik", "jaroslaw", "jasmin",
	"jasmine", "jason", "javier", "jay", "jean", "jeanette", "jeff",
	"jeffrey", "jelena", "jennifer", "jenny", "jens", "jeremy", "jerome",
	"jerry", "jess", "jesse", "jessica", "jesus", "jesús", "jill", "jim",
	"jimmy", "jo", "joachim", "joan", "joanna", "joaquin", "jochen",
	"jodie", "jody", "joe", "joel", "johan", "johann", "johanna",
	"johannes", "john", "johnny", "jon", "jonas", "jonathan", "jordan",
	"jorge", "jose", "josef", "joseph", "josephine", "josh", "joshua",
	"josé", "juan", "judith", "jules", "julia", "julian", "juliane",
	"julie", "julien", "julius", "jurgen", "justin", "justine", "jérôme",
	"jürgen", "kai", "kaitlyn", "kamal", "kamil", "karen", "karim",
	"karin", "karina", "karl", "karla", "karolina", "karsten", "kasia",
	"kasper", "katarina", "katarzyna", "kate", "katharina", "katherine",
	"kathleen", "kathrin", "kathryn", "katie", "katja", "katrin", "kay",
	"keith", "kelly", "kemal", "ken", "kenneth", "kerstin", "kevin",
	"khaled", "kim", "kimberly", "kirsten", "klaus", "konrad",
	"konstantin", "kris", "kristin", "kristina", "krzysztof", "kurt",
	"kwame", "kyle", "lars", "laura", "lauren", "laurence", "laurent",
	"lea", "leah", "lee", "lena", "lenny", "leo", "leon", "leona",
	"leonard", "leonie", "leopold", "les", "leslie", "liam", "lidia",
	"lili", "lilian", "lily", "lina", "linda", "lindsay", "lindsey",
	"lisa", "lise", "liz", "lizzie", "logan", "lois", "lorenz",
	"lorenzo", "lotte", "lou", "louis", "louisa", "louise", "luc",
	"luca", "lucas", "lucia", "lucie", "lucy", "ludwig", "luis", "luisa",
	"luise", "lukas", "luke", "lutz", "lydia", "lynn", "léa",
	"madeleine", "madison", "magda", "magdalena", "maggie", "magnus",
	"maja", "malek", "malte", "mamadou", "mandy", "manfred", "manon",
	"manuel", "manuela", "marc", "marcel", "marcello", "marcin", "marco",
	"marcus", "margaret", "margarete", "margot", "maria", "mariam",
	"marian", "mariana", "marie", "marija", "marina", "mario", "marion",
	"marius", "mark", "marko", "markus", "marlene", "marta", "martha",
	"martin", "martina", "mary", "mateusz", "mathias", "mathilde",
	"matilda", "matt", "matteo", "matthew", "matthias", "mattia",
	"maura", "maurice", "mauricio", "max", "maxim", "maxime",
	"maximilian", "maya", "megan", "mehmet", "meike", "melanie",
	"melissa", "mercedes", "meredith", "mia", "michael", "michaela",
	"michal", "michał", "michel", "michele", "michelle", "miguel",
	"mika", "mike", "mikhail", "milan", "milena", "miriam", "mirjam",
	"mohamed", "mohammad", "mohammed", "monica", "monika", "morgan",
	"moritz", "muhammad", "murat", "mustafa", "nadia", "nadine", "nadja",
	"naomi", "nasser", "natalia", "natalie", "natascha", "natasha",
	"nathalie", "nathan", "neil", "nele", "nicholas", "nick", "nicola",
	"nicolas", "nicole", "niels", "nigel", "nik", "niklas", "nikola",
	"nikolai", "nikolaus", "nils", "nina", "noah", "noel", "nora",
	"norbert", "norman", "olaf", "ole", "oleg", "olga", "oliver",
	"olivia", "olivier", "olumide", "omar", "omari", "oscar", "oskar",
	"otto", "oumar", "owen", "pablo", "paddy", "pamela", "paola",
	"paolo", "pascal", "patricia", "patrick", "patrik", "paul", "paula",
	"paulina", "pauline", "pavel", "pawel", "paweł", "pedro", "peggy",
	"penny", "per", "peter", "petra", "phil", "philip", "philipp",
	"philippe", "phillip", "pia", "pierre", "piotr", "priya", "rachel",
	"rafael", "rainer", "ralf", "ralph", "ramon", "ramona", "randy",
	"raphael", "raquel", "rashid", "rebecca", "regina", "reiner",
	"reinhard", "reinhold", "renate", "rene", "rené", "reza", "ricardo",
	"riccardo", "richard", "rick", "rita", "rob", "robert", "roberta",
	"roberto", "robin", "rodrigo", "roger", "roland", "rolf", "roman",
	"ron", "ronald", "ronja", "rosa", "rose", "rosie", "ross", "roy",
	"ruben", "rudi", "rudolf", "rupert", "russell", "ruth", "ryan",
	"sabine", "sabrina", "sacha", "sadiq", "salma", "sam", "samantha",
	"samir", "samira", "samuel", "sandra", "sandro", "sara", "sarah",
	"sascha", "saskia", "scott", "sean", "sebastian", "sebastián",
	"selina", "serena", "sergei", "sergey", "sergio", "seth", "shannon",
	"sharon", "shaun", "shawn", "sheila", "shirley", "sibylle", "sidney",
	"siegfried", "silke", "silvia", "simon", "simone", "sina", "sofia",
	"sofie", "sonia", "sonja", "sophia", "sophie", "stacy", "stefan",
	"stefanie", "steffen", "stella", "stephan", "stephanie", "stephen",
	"steve", "steven", "stuart", "stéphane", "sue", "susan", "susanna",
	"susanne", "suzanne", "svea", "sven", "svenja", "sylvia", "sylvie",
	"tamara", "tania", "tanja", "tanya", "tara", "tariq", "ted",
	"teresa", "terry", "tess", "theo", "theresa", "thierry", "thomas",
	"thorsten", "til", "till", "tilman", "tim", "timo", "timothy",
	"tina", "tobias", "todd", "tom", "tomas", "tomasz", "tomás", "toni",
	"tony", "torsten", "tracy", "trevor", "tristan", "tyler", "udo",
	"ulf", "ulla", "ulrich", "ulrike", "ursula", "uta", "ute", "uwe",
	"valentin", "valentina", "valeria", "valerie", "vanessa", "vera",
	"veronica", "veronika", "victor", "victoria", "viktor", "viktoria",
	"vincent", "vincenzo", "viola", "violet", "virginia", "vivian",
	"viviana", "vladimir", "volker", "walter", "wayne", "wendy",
	"werner", "wilhelm", "will", "william", "willy", "wim", "winfried",
	"wojciech", "wolf", "wolfgang", "xavier", "yann", "yannick",
	"yasmin", "yasmine", "yousef", "youssef", "yusuf", "yves", "yvonne",
	"zach", "zachary", "zainab", "zbigniew", "zeynep", "zoe", "zofia",
	"zoé", "łukasz",
};

static int
cmp(const void *a, const void *b)
{
	return strcmp((const char *)a, *(const char *const *)b);
}

/*
 * Is s[0..n) a common given name?  Case does not matter for ASCII and
 * Latin-1 letters ("ANNA", "Anna", "anna").
 */
int
nw_givenname(const char *s, size_t n)
{
	char buf[48];
	size_t i;

	if (n == 0 || n >= sizeof(buf))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		/* Latin-1 capitals: C3 80..9E (not 97) become C3 A0..BE */
		else if (i > 0 && (unsigned char)s[i - 1] == 0xC3 &&
		    c >= 0x80 && c <= 0x9E && c != 0x97)
			c += 32;
		buf[i] = (char)c;
	}
	buf[n] = '\0';
	return bsearch(buf, given, sizeof(given) / sizeof(given[0]),
	    sizeof(given[0]), cmp) != NULL;
}
