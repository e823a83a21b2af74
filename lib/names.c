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
	"aamir", "aaron", "abby", "abdul", "abdullah", "abel", "abena",
	"abigail", "abraham", "ada", "adam", "adel", "adele", "adeline",
	"aditya", "adnan", "adolf", "adrian", "adriana", "adrien", "agata",
	"agatha", "agnes", "agnieszka", "ahmad", "ahmed", "ahmet", "aida",
	"aidan", "ailsa", "aisha", "akira", "akua", "al", "alain", "alan",
	"alba", "albert", "alberto", "albrecht", "alec", "alejandra",
	"alejandro", "aleksander", "aleksandr", "aleksandra", "aleksi",
	"alena", "alessandra", "alessandro", "alessia", "alessio", "alex",
	"alexa", "alexander", "alexandra", "alexandre", "alexei", "alexis",
	"alfonso", "alfred", "alfredo", "ali", "alice", "alicia", "alina",
	"alison", "alistair", "alix", "allan", "allison", "alma", "alois",
	"alyssa", "ama", "amadou", "amanda", "amber", "amelia", "amelie",
	"amina", "amir", "amit", "amy", "amélie", "ana", "ana-maria",
	"ananya", "anastasia", "anastasiya", "anca", "anders", "andi",
	"andre", "andrea", "andreas", "andreea", "andrei", "andrei-florin",
	"andrej", "andres", "andrew", "andrzej", "andré", "andrés", "andy",
	"aneta", "angela", "angelika", "angelina", "angelo", "angus",
	"anika", "anil", "anita", "anja", "anjali", "anke", "ann", "anna",
	"annabel", "annabelle", "annalena", "anne", "annegret", "anneke",
	"annett", "annette", "annika", "anouk", "ante", "anthony", "antje",
	"antoine", "anton", "antonia", "antonio", "antti", "antónio", "anu",
	"anya", "aoi", "april", "arash", "ari", "ariane", "arianna", "ariel",
	"arif", "arjen", "arjun", "armin", "arnaud", "arne", "arnold",
	"aron", "arthur", "arturo", "asa", "ashley", "ashok", "astrid",
	"aubrey", "audrey", "august", "augusto", "aurelia", "aurélie",
	"austin", "ava", "axel", "ayesha", "aylin", "ayman", "ayse", "ayşe",
	"baptiste", "barack", "barbara", "barbora", "barry", "bart",
	"bartosz", "basil", "bastian", "beata", "beate", "beatrice",
	"beatrix", "beatriz", "becky", "bella", "ben", "benedict",
	"benedikt", "bengt", "benjamin", "bennet", "benoit", "benoît",
	"bente", "bernadette", "bernard", "bernd", "bernhard", "bert",
	"berta", "bertrand", "beth", "bethany", "bettina", "betty", "bianca",
	"bilal", "bill", "billy", "birgit", "birte", "bjorn", "björn",
	"blake", "bo", "bob", "bobby", "bodo", "bogdan", "bola", "bongani",
	"boris", "brad", "bradley", "brandon", "brenda", "brendan", "brian",
	"bridget", "brigitte", "britta", "brittany", "bruce", "bruno",
	"bryan", "burak", "burkhard", "büşra", "caio", "caitlin", "caleb",
	"callum", "cameron", "camila", "camilla", "camille", "can",
	"candice", "cara", "carina", "carl", "carla", "carlo", "carlos",
	"carlotta", "carmen", "carol", "carola", "carole", "caroline",
	"carolyn", "carsten", "casey", "caspar", "cassandra", "catalina",
	"caterina", "catherine", "cathy", "cecile", "cecilia", "cedric",
	"celia", "celine", "cem", "chad", "chantal", "charles", "charlie",
	"charlotta", "charlotte", "chase", "chen", "cheryl", "chiara",
	"chinedu", "chloe", "chloé", "chris", "christa", "christian",
	"christiane", "christina", "christine", "christoph", "christophe",
	"christopher", "chuck", "cindy", "claire", "clara", "clare",
	"clarissa", "claudia", "claudio", "claus", "clemens", "cliff",
	"clifford", "clive", "clément", "cody", "colin", "connor", "conor",
	"conrad", "constance", "constanze", "corinna", "cornelia",
	"cornelius", "craig", "cristian", "cristina", "curtis", "cynthia",
	"cécile", "cédric", "céline", "daan", "dag", "daisy", "dale",
	"damian", "damien", "dan", "dana", "daniel", "daniela", "daniele",
	"danielle", "danilo", "danny", "daria", "dario", "darius", "dariusz",
	"darren", "dave", "david", "dawid", "dawn", "dean", "debbie",
	"deborah", "declan", "deepa", "deepak", "denis", "denise", "deniz",
	"dennis", "derek", "derya", "detlef", "diana", "diane", "diego",
	"dieter", "dietmar", "dimitri", "dimitris", "dina", "dirk", "dmitri",
	"dmitry", "dolores", "domenico", "dominic", "dominik", "dominika",
	"dominique", "don", "donald", "donna", "doris", "dorota", "dorothea",
	"dorothee", "dorothy", "doug", "douglas", "dragan", "duarte",
	"duncan", "dustin", "dušan", "dylan", "ebba", "ebru", "ece", "ed",
	"eddie", "edgar", "edith", "edmund", "eduard", "eduardo", "edward",
	"edwin", "eileen", "ekaterina", "elaine", "eleanor", "elena",
	"elena-maria", "eli", "elias", "elif", "elijah", "elin", "elisa",
	"elisabeth", "elise", "eliza", "elizabeth", "elke", "ella", "ellen",
	"ellie", "elliot", "elliott", "elsa", "emanuel", "emeka", "emil",
	"emilia", "emilie", "emily", "emine", "emir", "emma", "emmanuel",
	"emre", "enric", "enrico", "enrique", "eric", "erica", "erich",
	"erik", "erika", "erin", "ernst", "esra", "esther", "ethan", "eugen",
	"eugene", "eva", "evan", "evelyn", "evgenia", "ewa", "ewelina",
	"fabian", "fabienne", "fabio", "fabrice", "farah", "farid", "fatima",
	"fatma", "fatou", "federico", "felicitas", "felipe", "felix", "femi",
	"fenja", "fernanda", "fernando", "filip", "filippo", "finn", "fiona",
	"florence", "florian", "francesca", "francesco", "francis",
	"francisco", "franck", "frank", "franz", "franziska", "françois",
	"françoise", "frauke", "fred", "frederic", "frederick", "frederik",
	"frida", "friederike", "friedrich", "fritz", "frédéric",
	"frédérique", "fábio", "gabi", "gabriel", "gabriela", "gabriele",
	"gabrielle", "gareth", "gary", "gavin", "gemma", "gene", "geneviève",
	"geoff", "geoffrey", "georg", "george", "georges", "georgia",
	"gerald", "gerard", "gerd", "gerda", "gerhard", "german", "gernot",
	"gert", "gertrud", "gesine", "gheorghe", "gianluca", "gilbert",
	"gilles", "gina", "giorgia", "giorgio", "giovanni", "gisela",
	"giulia", "giulio", "giuseppe", "glenn", "gonçalo", "goran",
	"gordon", "grace", "graham", "grant", "greg", "gregor", "gregory",
	"greta", "grzegorz", "guido", "guillaume", "gunnar", "gunter",
	"gustav", "gustavo", "guy", "gérard", "gül", "günter", "günther",
	"hakan", "hamid", "hana", "hanna", "hannah", "hannes", "hans", "hao",
	"harald", "harold", "harriet", "harry", "haruto", "harvey", "hasan",
	"hassan", "hatice", "heather", "hector", "hedwig", "heidi", "heike",
	"heiko", "hein", "heinrich", "heinz", "helen", "helena", "helene",
	"helga", "helmut", "hendrik", "henning", "henri", "henrik",
	"henrike", "henry", "herbert", "hermann", "hilary", "hilde", "hina",
	"hiroshi", "holger", "holly", "horst", "howard", "hubert", "hugh",
	"hugo", "hui", "hussein", "hélène", "hüseyin", "ian", "ibrahim",
	"ibrahima", "ida", "igor", "ilona", "ilse", "imke", "imran", "ina",
	"ines", "inga", "inge", "ingo", "ingrid", "inés", "inês", "ioana",
	"ion", "irene", "irina", "iris", "isaac", "isabel", "isabella",
	"isabelle", "ismail", "ivan", "ivana", "ivica", "ivo", "jacek",
	"jack", "jackie", "jacob", "jacqueline", "jacques", "jade", "jaime",
	"jake", "jakub", "jamal", "james", "jamie", "jan", "jan-erik",
	"jana", "jane", "janet", "janina", "janine", "janis", "jannik",
	"janusz", "jari", "jaroslaw", "jasmin", "jasmine", "jason", "javier",
	"jay", "jean", "jeanette", "jeff", "jeffrey", "jelena", "jennifer",
	"jenny", "jens", "jens-peter", "jeremy", "jerome", "jerry", "jess",
	"jesse", "jessica", "jesus", "jesús", "jette", "jill", "jim",
	"jimmy", "jing", "jiří", "jo", "joachim", "joan", "joanna",
	"joaquin", "joaquín", "jochen", "jodie", "jody", "joe", "joel",
	"johan", "johann", "johanna", "johannes", "john", "johnny", "jon",
	"jonas", "jonathan", "jordan", "jordi", "jorge", "jose", "josef",
	"joseph", "josephine", "josh", "joshua", "josé", "joão", "juan",
	"judith", "juha", "jukka", "jule", "jules", "julia", "julian",
	"juliane", "julie", "julien", "julija", "julius", "jun", "jurgen",
	"juri", "justin", "justine", "justyna", "jérôme", "jörg", "jürgen",
	"kacper", "kai", "kaisa", "kaitlyn", "kamal", "kamil", "karen",
	"karim", "karin", "karina", "karl", "karla", "karolina", "karsten",
	"kasia", "kasper", "katarina", "katarzyna", "kate", "kateryna",
	"katharina", "katherine", "kathleen", "kathrin", "kathryn", "katie",
	"katja", "katrin", "kavita", "kay", "keith", "kelly", "kemal",
	"kemi", "ken", "kenji", "kenneth", "kerstin", "kevin", "khaled",
	"kim", "kimberly", "kira", "kirsten", "klaus", "knut", "kofi",
	"kojo", "konrad", "konstantin", "kris", "kristin", "kristina",
	"krzysztof", "kurt", "kwabena", "kwame", "kyle", "lars", "laura",
	"laura-marie", "lauren", "laurence", "laurent", "lea", "leah", "lee",
	"lei", "lena", "leni", "lenka", "lenny", "leo", "leon", "leona",
	"leonard", "leonie", "leonor", "leopold", "lerato", "les", "leslie",
	"li", "liam", "lidia", "lili", "lilian", "lily", "lina", "linda",
	"lindsay", "lindsey", "linnea", "lisa", "lise", "liv", "liz",
	"lizzie", "logan", "lois", "lorenz", "lorenzo", "lotta", "lotte",
	"lou", "louis", "louisa", "louise", "luc", "luca", "lucas", "lucia",
	"lucie", "lucy", "ludmila", "ludwig", "luis", "luisa", "luise",
	"luiz", "luka", "lukas", "luke", "lukáš", "lutz", "luís", "lydia",
	"lynn", "léa", "madeleine", "madison", "mads", "magda", "magdalena",
	"maggie", "magnus", "maja", "malek", "malte", "mamadou", "mandy",
	"manfred", "manon", "manuel", "manuela", "marc", "marcel",
	"marcello", "marcin", "marco", "marcus", "marek", "maren",
	"margaret", "margarete", "margot", "maria", "mariam", "marian",
	"mariana", "marie", "marija", "marina", "mario", "marion", "marius",
	"mark", "marko", "markus", "marlene", "marta", "martha", "martin",
	"martina", "mary", "mateusz", "mathias", "mathieu", "mathilde",
	"matilda", "matt", "matteo", "matthew", "matthias", "matthieu",
	"matti", "mattia", "maura", "maurice", "mauricio", "max", "maxim",
	"maxime", "maximilian", "maya", "małgorzata", "megan", "mehmet",
	"meike", "melanie", "melissa", "mercedes", "mercè", "meredith",
	"merle", "merve", "mia", "michael", "michaela", "michal", "michał",
	"michel", "michele", "michelle", "miguel", "mihai", "mika", "mike",
	"mikhail", "mikko", "mila", "milan", "milena", "ming", "miriam",
	"mirjam", "mohamed", "mohammad", "mohammed", "monica", "monika",
	"montserrat", "morgan", "moritz", "muhammad", "murat", "mustafa",
	"márcio", "nadia", "nadine", "nadja", "naomi", "nasser", "natalia",
	"natalie", "natalya", "natascha", "natasha", "nathalie", "nathan",
	"neha", "neil", "nele", "nenad", "ngozi", "nicholas", "nick",
	"nicola", "nicolas", "nicole", "nicolás", "niels", "nigel", "nik",
	"niklas", "nikola", "nikolai", "nikolaj", "nikolaus", "nils", "nina",
	"noah", "noel", "nomvula", "nora", "norbert", "norman", "núria",
	"oksana", "olaf", "ole", "oleg", "olena", "olga", "oliver", "olivia",
	"olivier", "olumide", "oluwaseun", "omar", "omari", "ondřej",
	"oscar", "oskar", "osman", "otto", "oumar", "owen", "pablo", "paddy",
	"pamela", "paola", "paolo", "pascal", "patricia", "patrick",
	"patrik", "pau", "paul", "paula", "paulina", "pauline", "paulo",
	"pavel", "pavla", "pawel", "paweł", "pedro", "peggy", "pekka",
	"penny", "per", "peter", "petra", "phil", "philip", "philipp",
	"philippe", "phillip", "pia", "pierre", "piotr", "pooja", "priya",
	"päivi", "rachel", "radu", "rafael", "rafał", "rahul", "rainer",
	"rajesh", "ralf", "ralph", "ramesh", "ramon", "ramona", "ramón",
	"randy", "raphael", "raquel", "rashid", "rasmus", "rebecca",
	"regina", "reiner", "reinhard", "reinhold", "renate", "rene", "rené",
	"reza", "ricarda", "ricardo", "riccardo", "richard", "rick",
	"riikka", "riku", "rita", "rob", "robert", "roberta", "roberto",
	"robin", "rocío", "rodrigo", "roger", "rohan", "roland", "rolf",
	"roman", "romy", "ron", "ronald", "ronja", "rosa", "rose", "rosie",
	"ross", "roxana", "roy", "ruben", "rudi", "rudolf", "rui", "rupert",
	"russell", "ruth", "ryan", "sabine", "sabrina", "sacha", "sadiq",
	"sakura", "salma", "sam", "samantha", "samir", "samira", "samuel",
	"sandra", "sandro", "sanjay", "sanna", "sara", "sarah", "sascha",
	"saskia", "scott", "sean", "sebastian", "sebastián", "selin",
	"selina", "serena", "sergei", "sergej", "sergey", "sergio", "seth",
	"shannon", "sharon", "shaun", "shawn", "sheila", "shirley", "sibel",
	"sibusiso", "sibylle", "sidney", "siegfried", "signe", "sigrid",
	"silke", "silvia", "simon", "simone", "sina", "sipho", "sofia",
	"sofie", "solveig", "sonia", "sonja", "sophia", "sophie", "stacy",
	"stefan", "stefanie", "steffen", "steffi", "stella", "stephan",
	"stephanie", "stephen", "steve", "steven", "stuart", "stéphane",
	"stéphanie", "sue", "sunil", "sunita", "suresh", "susan", "susanna",
	"susanne", "suzanne", "svea", "sven", "sven-erik", "svenja",
	"svetlana", "swantje", "sylvia", "sylvie", "sébastien", "sören",
	"søren", "tabea", "takeshi", "tamara", "tania", "tanja", "tanya",
	"tara", "tariq", "tatiana", "tatjana", "ted", "teresa", "tereza",
	"terry", "tess", "thabo", "themba", "theo", "theresa", "thiago",
	"thierry", "thomas", "thorsten", "tiago", "tiina", "til", "till",
	"tilman", "tim", "timo", "timothy", "tina", "tobias", "todd", "tom",
	"tomas", "tomasz", "tomás", "tomáš", "toni", "tony", "torsten",
	"tracy", "trevor", "tristan", "tunde", "tuva", "tyler", "udo", "ulf",
	"ulla", "ulrich", "ulrike", "ursula", "uta", "ute", "uwe",
	"valentin", "valentina", "valeria", "valerie", "valérie", "vanessa",
	"vasco", "vera", "veronica", "veronika", "victor", "victoria",
	"vijay", "vikram", "viktor", "viktoria", "viktoriya", "ville",
	"vincent", "vincenzo", "viola", "violet", "virginia", "vitor",
	"vivian", "viviana", "vlad", "vladimir", "vladislav", "volker",
	"véronique", "vítor", "walter", "wayne", "wei", "wendy", "werner",
	"wiebke", "wilhelm", "will", "william", "willy", "wim", "winfried",
	"wojciech", "wolf", "wolfgang", "xavi", "xavier", "yan", "yann",
	"yannick", "yasmin", "yasmine", "yemi", "ying", "yousef", "youssef",
	"yuki", "yulia", "yuri", "yusuf", "yuto", "yves", "yvonne", "zach",
	"zachary", "zainab", "zanele", "zbigniew", "zeynep", "zoe", "zofia",
	"zoran", "zoé", "zuzana", "álvaro", "özlem", "łukasz",
};

static int
cmp(const void *a, const void *b)
{
	return strcmp((const char *)a, *(const char *const *)b);
}

/*
 * Is s[0..n) a common given name?  Case does not matter for ASCII,
 * Latin-1 and Latin Extended-A letters ("ANNA", "Anna", "anna", "Łukasz").
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
		else if (i > 0 && ((unsigned char)s[i - 1] == 0xC4 ||
		    (unsigned char)s[i - 1] == 0xC5) && (c & 0xC0) == 0x80) {
			/* Latin Extended-A: "Ł" U+0141 to "ł" U+0142 */
			unsigned cp = ((unsigned)((unsigned char)s[i - 1] &
			    0x1F) << 6) | (c & 0x3F);
			int odd = (cp >= 0x139 && cp <= 0x148) ||
			    (cp >= 0x179 && cp <= 0x17E);

			if (cp != 0x130 && cp != 0x138 && cp != 0x149 &&
			    cp != 0x17F && (cp & 1) == (unsigned)odd &&
			    (cp & 0x3F) != 0x3F)
				c++;
		}
		buf[i] = (char)c;
	}
	buf[n] = '\0';
	return bsearch(buf, given, sizeof(given) / sizeof(given[0]),
	    sizeof(given[0]), cmp) != NULL;
}
