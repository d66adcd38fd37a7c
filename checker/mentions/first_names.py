"""Common given names across the languages wire copy names people in (English, European,
African, Arabic, South and East Asian, Pacific). Knowing a capitalised word is a given name is
the strongest cheap sign that the words after it name a person, not an organisation or a
place. A name missing here still counts as a person when other signs say so (a title, an
honorific, an age in apposition, a verb of saying)."""

FIRST_NAMES = frozenset("""
aaron abby abdul abdullah abdullahi abel abigail abraham abu ada adam adama adebayo adele
adeola adil adnan adrian adriana adrien agata agnes agnieszka ahmad ahmed aidan aileen aisha
akira akosua alan alana albert alberto alejandro aleksander aleksandr alena alessandro
alessandra alex alexa alexander alexandra alexandre alexei alexis alfonso alfred alfredo ali
alice alicia alina alison alistair allan allison alma alvaro amadou amal amanda amara amber
amelia amina amir amit amos amy ana anastasia anders andre andrea andreas andrei andres andrew
andrzej andy aneta angela angelo angus anil anita anjali ann anna anne annette annie anthony
anton antonio anya aoife april arjun arman arnold arthur arturo asha ashley ashok astrid
aurelia austin ava avery ayesha aziz barbara barry bartosz basil beatrice beatriz ben benedict
benjamin bernard bernardo beth bettina betty beverly bianca bilal bill billy bjorn blake bob
bogdan boris brad bradley brandon brenda brendan brian bridget brigitte bruce bruno bryan
caitlin callum calvin camila camille carl carla carlo carlos carmen carol caroline carolyn
casey catherine cathy cecilia cedric celia cesar chad charles charlie charlotte chen cheng
cheryl chidi chinedu chioma chloe chris christian christina christine christoph christopher
chuck cindy claire clara clare claude claudia clement cliff clive colin connor conor constance
cora craig cristina cynthia dai daisy dale damian damien dan dana daniel daniela danielle
danny dante daria dariusz darren dave david dawn dean debbie deborah declan deepak deirdre
delia denis denise dennis derek desmond diana diane diego dieter dilip dimitri dina dmitry
dominic dominique don donald donna doris dorothy doug douglas duncan dylan eamon ed eddie
edgar edith edmund eduardo edward edwin eileen elaine eleanor elena eli elias elif elijah
elisa elisabeth eliza elizabeth ella ellen ellie elsa emeka emil emily emma emmanuel enrique
eric erica erik erin ernest ernesto esther ethan eugene eva evan eve evelyn ewa ezra fabian
faisal farah farid fatima fatma felipe felix fernando fiona florence francesca francesco
francis francisco franco frank franz fred freddie frederick gabriel gabriela gareth gary gavin
gemma gene geoff geoffrey george georgia gerald gerard gerhard gianni gil gillian gina giorgio
giovanni giulia giuseppe glen glenda glenn gloria gordon grace graham grant greg gregory greta
guillermo gunnar gustavo guy hakan hamid hamza hana hannah hans harold harriet harry hassan
hazel heather hector heidi heinz helen helena helga henri henrik henry herbert hiroshi hope
howard hugh hugo hussein ian ibrahim ida ifeoma igor ilya imran ines inga ingrid irene iris
isaac isabel isabella isabelle ismail ivan ivana jack jackie jacob jacqueline jacques jaime
jake james jamie jan jana jane janet janice jason javier jay jean jeanne jeff jeffrey jennifer
jenny jeremy jerome jerry jess jessica jill jim jimmy jo joan joanna joanne joao joe joel
johan johann johannes john johnny jon jonas jonathan jordan jorge jose josef joseph josh
joshua joy juan judith judy julia julian juliet julie julio jun justin kai kamal karen kari
karim karin karl karla kasia kate katarzyna katherine kathleen kathryn kathy katie katrin kay
keith kelly ken kenji kenneth kerry kevin khalid kim kiran kirsten kofi krishna kristina
krzysztof kumar kurt kwame kyle lana lars laura lauren laurent lea leah lee leila lena lene
leo leon leonard leonardo leslie liam lily lina linda lindsay lisa liu liz lorenzo louis
louise lucas lucia lucy luis luka lukas luke lydia lynn madeleine magda magnus mahmoud
malcolm manuel marc marcel marcela marco marcus marek margaret margarita maria mariam marian
marie marina mario marion mark marta martha martin mary mateo mathieu matt matteo matthew
matthias maura maureen maurice max maxim maya megan mehmet mei melanie melissa mercy mia
michael michal michel michelle miguel mikael mike mikhail mila milan miles mira miriam mohamed
mohammad mohammed moira monica monika morgan moses muhammad mustafa nadia nadine nancy naomi
natalia natalie natasha nathan neil nelson niamh nicholas nick nicola nicolas nicole niels
nigel nikita nikola nikolai nina noah noel nora norman nuno olga oliver olivia omar oscar
otto owen pablo paddy pamela paolo patricia patrick paul paula pauline pavel pedro peggy
penelope peter petra philip philippe phillip phoebe pierre pieter piotr pooja priya priyanka
rachel rafael rahul raj rajesh ralph ramon randy raphael raquel raul ravi ray raymond rebecca
reza ricardo richard rick rita rob robert roberta roberto robin rodrigo roger roland roman
ronald ronan rory rosa rose rosemary ross roy ruby rudolf rui russell ruth ryan sabine sadiq
sally salma salman sam samantha sami samir samuel sandra sanjay sara sarah sasha scott sean
sebastian sergei sergio seth shane shannon sharon shaun shauna sheila shirley sibusiso
siddharth silvia simon simone siobhan sofia sonia sophie stan stanley stefan stefano
stephanie stephen steve steven stuart sue sunil susan susanne suzanne sven sylvia tamara tanya
tara ted teresa terry tessa thabo thomas tim timothy tina toby todd tom tomas tomasz tommy
toni tony tracy trevor uche ursula valentina valerie vanessa vera veronica victor victoria
vijay vikram vincent violet viktor vladimir walter wang wayne wendy werner william willie
wojciech xavier yasmin yasmine yuki yusuf yves zainab zara zhang zoe
abdel abdoulaye aminata baba bola chukwuma emeka funmilayo ngozi oluwaseun segun tunde yemi
nkosana themba thandiwe lerato sipho kgosi wanjiru wambui njeri kamau otieno achieng jomo
tevita sione viliami losaline mele hemi tane aroha wiremu ngaire
giorgos nikos yannis eleni dimitris kostas vasilis maria anastasios
jozef jiri jakub lukasz marcin pawel zofia jadwiga halina miroslav milos dragan goran zoran
jelena snezana vesna ljubica
arash farhad mehdi parisa shirin nasrin
hiro takashi yoshiko haruki akiko sakura ji min seo hye sung ho jin young kyung
anand arvind deepa gita lakshmi meena mohan neha prakash rekha sunita suresh vikas vinod
xi hu li yan wei ming hong ling
""".split())
