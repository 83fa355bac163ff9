"""Attribution on other newsrooms' copy: one invented sentence (or two) per phenomenon, with the
speaker expected of every quotation in it (the groups of shared/gold/cases/fr-attribution-cases.md,
and phenomena met on the BBC Afrique dev set, written anew)."""

import pytest
from dbfixtures import quotations

from quotes.evaluate import speaker_is_right
from quotes.extract import extract_quotes
from quotes.lang import language
from quotes.model import QUOTE_KINDS, Article
from quotes.names import first_name_gender
from quotes.resolve import Resolver


CASES = {
    # H1: every partial of a sentence shares its cue
    "partials of one verb": (
        "La ministre de la Culture, Hélène Vasseur, a reconnu avoir « sous-estimé le coût » mais s’être "
        "« vite corrigée » ensuite.",
        {"sous-estimé le coût": "Hélène Vasseur", "vite corrigée": "Hélène Vasseur"},
    ),
    "a list of partials": (
        "Le syndicat des cheminots a dénoncé une « provocation », un « mépris total » et une « faute "
        "politique » de la direction.",
        {"provocation": "le syndicat des cheminots", "mépris total": "le syndicat des cheminots",
         "faute politique": "le syndicat des cheminots"},
    ),
    "partials before a postposed cue": (
        "Ce chantier est « pharaonique », à cause d'un « budget hors de contrôle », a estimé l'élu "
        "écologiste Lucien Arnoux.",
        {"pharaonique": "Lucien Arnoux", "budget hors de contrôle": "Lucien Arnoux"},
    ),
    "a relative after an apposition holding a body": (
        "Les réseaux sociaux ont créé une « chambre d'écho », explique Paul Marchal, chercheur en sociologie à "
        "l'université de Nantes, qui rappelle le « consensus scientifique » sur les vaccins.",
        {"chambre d'écho": "Paul Marchal", "consensus scientifique": "Paul Marchal"},
    ),
    "selon X opening reported speech makes X a speaker": (
        "« Les chiffres ont doublé », a affirmé le négociant Vincent Morel. Mais selon Joseph Brun, la raison de "
        "cet embargo n'est pas sanitaire. « L'argument ne tient pas », a déclaré l'eurodéputé.",
        {"L'argument ne tient pas": "Joseph Brun"},
    ),
    "selon X closing reported speech makes X a speaker": (
        "« La ville est plus divisée que jamais », dit le prêtre Michel Ferrand. Les tireurs comme les victimes "
        "ignoraient le confinement, selon Max Kaplan, chercheur à l'université de la ville. Mais « nous ne savons "
        "pas pourquoi », dit-il.",
        {"nous ne savons pas pourquoi": "Max Kaplan"},
    ),
    # H2: quotations a sentence attributes without a speech verb
    "passive agent": (
        "Les bars du centre ont été « priés de baisser le rideau » par les services de l'État dès 18 heures.",
        {"priés de baisser le rideau": "les services de l'État"},
    ),
    "the subject of a verb that is no cue": (
        "Dans son programme, le Parti des travailleurs entend « rendre aux communes leur pouvoir de décision ».",
        {"rendre aux communes leur pouvoir de décision": "Parti des travailleurs"},
    ),
    "the subject past adverbials": (
        "Dans ses propositions, présentées en février, le syndicat Force paysanne veut « rendre la terre aux "
        "jeunes ». De son côté, la ministre Claire Oudin a jugé ces idées « irréalistes ».",
        {"rendre la terre aux jeunes": "Force paysanne", "irréalistes": "Claire Oudin"},
    ),
    # D: the subject of the speech verb
    "relative qui": (
        "Le recteur, qui avait promis en septembre des « moyens supplémentaires pour chaque classe », n'a "
        "toujours pas tenu parole.",
        {"moyens supplémentaires pour chaque classe": "le recteur"},
    ),
    "que-clause subject and newspaper": (
        "Plus sévère, Damien Morel, directeur du cabinet Astrolabe, juge auprès du quotidien Le Courrier que "
        "la banque centrale « aurait dû agir bien plus tôt ».",
        {"aurait dû agir bien plus tôt": "Damien Morel"},
    ),
    "second verb of a coordination": (
        "Le préfet Thierry Laumont s'est rendu sur place dimanche et a promis une « enquête approfondie et "
        "rapide ».",
        {"enquête approfondie et rapide": "Thierry Laumont"},
    ),
    "second verb of a coordination, past an adverbial opening the sentence": (
        "Malgré un ordre de dispersion, les manifestants sont restés sur place, assis sur la chaussée, et ont crié "
        "« Nous ne partirons pas ! ».",
        {"Nous ne partirons pas !": "les manifestants"},
    ),
    "a quotation that ended its sentence is not the next sentence's": (
        "Son fils, Marc Lenoir, précise : « Mon père a aidé tellement de gens ! » Comme pour rendre la pareille, "
        "l'écrivain Paul Roux a soutenu sa candidature.",
        {"Mon père a aidé tellement de gens !": "Marc Lenoir"},
    ),
    "the one named before a colon, not the impersonal subject of a verb after the quotation": (
        "Le blessé supplie et se plaint : « Je ne peux plus respirer », l'entend-on dire.",
        {"Je ne peux plus respirer": "le blessé"},
    ),
    "a colon between two quotations: the same speaker's words, not the clause after": (
        "Le président Paul Roux a salué un « héritier du gaullisme », qui « n'hésitait jamais à sortir des cadres » : "
        "« de l'hôpital à la politique, Marc Lenoir fut toute sa vie un homme d'action ».",
        {"n'hésitait jamais à sortir des cadres": "Paul Roux",
         "de l'hôpital à la politique, Marc Lenoir fut toute sa vie un homme d'action": "Paul Roux"},
    ),
    "second verb after a quotation": (
        "La militante Nora Vidal a publié une lettre ouverte. Dans sa lettre, elle a écrit : « Nous ne voulons plus "
        "attendre », et a déclaré que la réforme était « trop lente pour les familles ».",
        {"Nous ne voulons plus attendre": "Nora Vidal", "trop lente pour les familles": "Nora Vidal"},
    ),
    "a reflexive verb's pronoun subject": (
        "L'entraîneur Marc Dubreuil a signé lundi. Il s'est dit « heureux et honoré » de rejoindre le club.",
        {"heureux et honoré": "Marc Dubreuil"},
    ),
    "a role noun that is also a verb form": (
        "La CAN est « trop souvent méprisée », selon l'ancien attaquant de Lens Paul Mbarga.",
        {"trop souvent méprisée": "Paul Mbarga"},
    ),
    "a noun after its article is no cue": (
        "Le sénateur Paul Ferrand a publié la photo avec la légende : « Bonne année à tous ! » L'OMS a déclaré que "
        "l'analyse des échantillons « confirme une contamination ».",
        {"Bonne année à tous !": "Paul Ferrand", "confirme une contamination": "OMS"},
    ),
    "a participle leans on the clause's subject": (
        "Lire aussi : Le syndicat des pilotes a exprimé ses « vives inquiétudes », ajoutant que la sécurité « n'est "
        "plus garantie ».",
        {"vives inquiétudes": "le syndicat des pilotes", "n'est plus garantie": "le syndicat des pilotes"},
    ),
    "a heading glued to the next sentence's pronoun": (
        "« Nous sommes désolés », a déclaré la députée Amina Sow. Excuses publiques Elle a remercié ses collègues "
        "de l'avoir « éclairée sur cette histoire douloureuse ».",
        {"éclairée sur cette histoire douloureuse": "Amina Sow"},
    ),
    "a participle after a quotation leans on the main verb before it": (
        "La députée Nadia Rami était sous pression. Accusations d'antisémitisme Elle a fini par tweeter des "
        "« excuses sans équivoque », remerciant ses collègues de « l'avoir éclairée sur cette histoire ».",
        {"excuses sans équivoque": "Nadia Rami", "l'avoir éclairée sur cette histoire": "Nadia Rami"},
    ),
    # A: pronouns and anaphors
    "pronoun: the subject, not the object's name": (
        "Le président du conseil départemental, Bastien Lhomme, a répondu mardi aux attaques du député Hervé "
        "Castagne. « Nous ne céderons pas au chantage », a-t-il affirmé.",
        {"Nous ne céderons pas au chantage": "Bastien Lhomme"},
    ),
    "elle: an organisation": (
        "L'association Rivières Libres a déposé un recours lundi. Elle juge le projet « incompatible avec la "
        "loi sur l'eau ».",
        {"incompatible avec la loi sur l'eau": "Rivières Libres"},
    ),
    "ce dernier: whoever was named last": (
        "Le ministre Paul Roux a reçu le maire Marc Dumas lundi. Ce dernier a dénoncé un « simulacre de "
        "concertation ». « Rien n'a été décidé », a précisé ce dernier.",
        {"simulacre de concertation": "Marc Dumas", "Rien n'a été décidé": "Marc Dumas"},
    ),
    "Selon opening the next sentence attaches forward": (
        "Le syndicaliste Paul Marin a répliqué : « Nous ne lâcherons rien sur les retraites »Selon Mme Berthier, le "
        "dialogue reste ouvert : « Nous nous reverrons la semaine prochaine. »",
        {"Nous ne lâcherons rien sur les retraites": "Paul Marin",
         "Nous nous reverrons la semaine prochaine.": "Berthier"},
    ),
    "impersonal on inside a body": (
        "« Le dossier sera rouvert dès lundi », assure-t-on dans l'entourage du maire de Poitiers.",
        {"Le dossier sera rouvert dès lundi": "l'entourage du maire de Poitiers"},
    ),
    "a subject before its negation": (
        "Plusieurs riverains ne cachent pas leur colère, promettant de « bloquer chaque camion qui passera ». "
        "« Nous sommes prêts », a prévenu Paul N'Diaye, l'un d'eux.",
        {"bloquer chaque camion qui passera": "plusieurs riverains", "Nous sommes prêts": "Paul N'Diaye"},
    ),
    "selon elle": (
        "La chercheuse Agnès Colas a présenté son étude jeudi. « Les résultats sont sans appel », selon elle.",
        {"Les résultats sont sans appel": "Agnès Colas"},
    ),
    "a civil title overrules a first name's guessed gender": (
        "« Nous partirons à l'aube », affirme Camille Dorval. M. Dorval vit à Lyon depuis vingt ans. « Le trajet "
        "sera long », explique-t-il.",
        {"Nous partirons à l'aube": "Camille Dorval", "Le trajet sera long": "Camille Dorval"},
    ),
    "il is not a described body called la": (
        "« La ville est plus divisée que jamais », dit le prêtre Michel Ferrand. Selon la police, les violences ont "
        "doublé. « Nous ne savons pas pourquoi », dit-il.",
        {"Nous ne savons pas pourquoi": "Michel Ferrand"},
    ),
    "il is not a body called la": (
        "« Je suis innocent », a déclaré Jacques Morin, ancien ministre. La CPI a annoncé qu'elle ouvrait une "
        "enquête. « Je n'ai rien à cacher », a-t-il ajouté.",
        {"Je suis innocent": "Jacques Morin", "Je n'ai rien à cacher": "Jacques Morin"},
    ),
    "a relative clause between commas after the subject": (
        "« Le calendrier est intenable », a déclaré le président du club, Marc Lefort. L'ancien gardien de Lens, "
        "Nantes et Metz, Yves Carrel, qui a joué 300 matches avec Lens, dit qu'il comprend cette colère. « On "
        "demande trop aux joueurs », dit-il.",
        {"Le calendrier est intenable": "Marc Lefort", "On demande trop aux joueurs": "Yves Carrel"},
    ),
    "a title and surname take the floor back": (
        "« La situation est grave », a averti le président Igor Valenko. Le chef de l'alliance, Jens Dahl, a déclaré "
        "que les alliés restaient unis. Le président Valenko s'exprimait devant des étudiants. « Nous ne "
        "reculerons pas », a-t-il affirmé.",
        {"La situation est grave": "Igor Valenko", "Nous ne reculerons pas": "Igor Valenko"},
    ),
    "a quotation that ends its sentence is not attributed by the next one": (
        "« Les routes sont coupées », a déclaré une habitante, Awa Diallo, à l'agence de presse (AFP). « Personne "
        "ne sait où aller. Nous attendons. » Karim Sy, un géologue basé à Dakar, a expliqué à la radio qu'une "
        "digue avait cédé dans la nuit.",
        {"Les routes sont coupées": "Awa Diallo", "Personne ne sait où aller. Nous attendons.": "Awa Diallo"},
    ),
    "an unlisted first name after a title, subject of a relative clause": (
        "« Ce classement est une honte », a dénoncé le consultant Paul Armand. La réaction la plus vive est venue de "
        "l'ancien footballeur Kodjo Mensah qui a salué le boycott. « Nous n'accepterons plus ces injustices », "
        "a-t-il déclaré.",
        {"Ce classement est une honte": "Paul Armand", "Nous n'accepterons plus ces injustices": "Kodjo Mensah"},
    ),
    "impersonal on: the body that spoke, or nobody": (
        "Matignon a publié lundi un courrier au ministre. On y évoque des « difficultés de pilotage », confirme-t-on. "
        "« Le dossier avance », a déclaré le ministre Paul Roux. Sur la banderole, peut-on lire : « Non à la fermeture ».",
        {"Le dossier avance": "Paul Roux"},
    ),
    "a participle clause before the subject": (
        "« La mesure sauvera des vies », a martelé le Premier ministre Paul Garnier. Invité de la radio samedi matin, "
        "le délégué à la sécurité routière Éric Vallet est venu à sa rescousse. « Chaque kilomètre compte », "
        "assure-t-il.",
        {"Chaque kilomètre compte": "Éric Vallet"},
    ),
    "a name completing a description is no subject": (
        "« Rien n'est décidé », a démenti Paul Olivier, le mari de la sœur de Marie Lenoir. Le parti tiendra son "
        "congrès en mars. « Le nom a été réservé pour une revue », a-t-il ajouté.",
        {"Le nom a été réservé pour une revue": "Paul Olivier"},
    ),
    "pour and a surname, then a colon": (
        "Pour Mensah, il faut aller plus loin qu'un message sur les réseaux sociaux : « Chacun peut aider, dans son "
        "quartier. » « Tout dépend des parents », a-t-il ajouté.",
        {"Chacun peut aider, dans son quartier.": "Mensah", "Tout dépend des parents": "Mensah"},
    ),
    "the article of a title is the one before its noun": (
        "Un porte-parole du ministère a démenti toute pénurie. Il ne faut « surtout pas » se précipiter, a déclaré "
        "pour sa part mardi le PDG du groupe Patrick Bernier. « C'est le plus absurde », a-t-il ajouté.",
        {"C'est le plus absurde": "Patrick Bernier"},
    ),
    # E: the extent of the speaker's phrase
    "apposition holding a body": (
        "Martine Lebrun, directrice du Bureau régional de l'eau, affirme que « les nappes sont au plus bas "
        "depuis vingt ans ».",
        {"les nappes sont au plus bas depuis vingt ans": "Martine Lebrun"},
    ),
    "apposition ending with a place": (
        "Sandrine, aide-soignante de 51 ans, de Besançon, explique être venue « pour défendre l'hôpital "
        "public ».",
        {"pour défendre l'hôpital public": "Sandrine"},
    ),
    "apposition of a researcher and a city, then a quote with no cue": (
        "Le docteur Inès Garnier, pédiatre à Grenoble, a déclaré que plusieurs cas avaient été signalés. "
        "« Nous suivons chaque enfant de très près, jour et nuit. »",
        {"Nous suivons chaque enfant de très près, jour et nuit.": "Inès Garnier"},
    ),
    "pronoun after a university's name": (
        "« Les chiffres baissent enfin », explique Aminata Koné, épidémiologiste à l'université Félix "
        "Houphouët-Boigny. Elle dirige l'étude. « Nous restons prudents pour l'instant », explique-t-elle.",
        {"Les chiffres baissent enfin": "Aminata Koné", "Nous restons prudents pour l'instant": "Aminata Koné"},
    ),
    "a coordinated complement, then the name": (
        "« Nous sommes fiers de ce partenariat », a dit la ministre des Sports et de la Jeunesse, Aïcha Kandé.",
        {"Nous sommes fiers de ce partenariat": "Aïcha Kandé"},
    ),
    "an adjunct, then the name": (
        "« Les cours resteront en ligne à l'automne », a tranché la doyenne de l'université d'État à Austin, "
        "Rebecca Lind.",
        {"Les cours resteront en ligne à l'automne": "Rebecca Lind"},
    ),
    "a particle joined by a hyphen": (
        "« Nous préparons le retour de 1.600 personnes », explique Ahmed al-Dirani, diplomate. « Le retour est "
        "prévu lundi », a-t-il ajouté.",
        {"Nous préparons le retour de 1.600 personnes": "Ahmed al-Dirani", "Le retour est prévu lundi": "Ahmed al-Dirani"},
    ),
    "a name with two particles": (
        "« Nous avons tenu grâce aux habitués », confie le chef Pieter van der Berg. « Rien ne sera plus comme "
        "avant », s'inquiète-t-il.",
        {"Nous avons tenu grâce aux habitués": "Pieter van der Berg", "Rien ne sera plus comme avant": "Pieter van der Berg"},
    ),
    "an incise's subject ends before what it said next": (
        "Le chauffeur se souvient du voyage. « Au départ, il a offert un cadeau au guide, raconte Paul Durand avant "
        "d'ajouter : il a insisté. Le guide a ri. » Le voyage a duré une semaine.",
        {"Au départ, il a offert un cadeau au guide, raconte Paul Durand avant d'ajouter : il a insisté. Le guide a "
         "ri.": "Paul Durand"},
    ),
    "words quoted inside a quotation right after their own cue are that cue's subject's, not the incise's": (
        "« Au départ, il a offert un cadeau au chauffeur qui lui répond 'non merci, je ne peux pas', raconte Paul "
        "Durand. Le chauffeur a ri. » Le voyage a duré une semaine.",
        {"non merci, je ne peux pas": "le chauffeur"},
    ),
    "a relative clause about the object of à speaks for that object": (
        "Le sénateur Paul Durand a écrit au maire, qui lui a répondu : « Je ne céderai pas sur ce dossier. »",
        {"Je ne céderai pas sur ce dossier.": "le maire"},
    ),
    "words a relative clause about the object of à reports leave the floor to the subject": (
        "Le président Marc Lenoir a attaqué son rival. Le candidat Paul Durand a répondu au président qui le décrit "
        "comme une « marionnette ». « Vous connaissez mon histoire », s'est-il indigné.",
        {"marionnette": "Marc Lenoir", "Vous connaissez mon histoire": "Paul Durand"},
    ),
    "a medium described with an adjective relays, it is not whom a later il means": (
        "Le directeur de l'usine, Marc Lenoir, était présent lundi. Il a même servi le café, selon le quotidien "
        "régional. « Je suis dans la même situation que vous », explique-t-il.",
        {"Je suis dans la même situation que vous": "Marc Lenoir"},
    ),
    "a label noun with its complement before a colon names nobody": (
        "La ministre Claire Dupuis veut réformer le statut. Objectif de la mesure : « assurer la continuité du "
        "service public ». Interrogée sur l'impôt, elle a répondu qu'elle souhaitait « que tout le monde paie "
        "l'impôt », estime-t-elle.",
        {"assurer la continuité du service public": None, "que tout le monde paie l'impôt": "Claire Dupuis"},
    ),
    "a description after the words is the person named before the colon that brought them in": (
        "Karine Lenoir a répondu à Paul Durand sur Twitter : « Certains s'offusquent de tout », a écrit la "
        "productrice. Le ministre Marc Lenoir a réagi : « Rien ne presse », a expliqué le ministre des Finances.",
        {"Certains s'offusquent de tout": "Karine Lenoir", "Rien ne presse": "Marc Lenoir"},
    ),
    "a description after the words of another gender is somebody else": (
        "Karine Lenoir a répondu à Paul Durand sur Twitter : « Certains s'offusquent de tout », a écrit le "
        "producteur.",
        {"Certains s'offusquent de tout": "le producteur"},
    ),
    "an article opening on a pronoun means the person the next sentence describes, with nobody named": (
        "Il s'est introduit dans son ancien lycée en criant « c'est la fin ». Un élève de 16 ans, accompagné de deux "
        "camarades, est entré dans l'établissement jeudi.",
        {"c'est la fin": "un élève de 16 ans"},
    ),
    "a description of the other gender is not whom the opening pronoun means": (
        "Elle s'est introduite dans son ancien lycée en criant « c'est la fin ». Un élève de 16 ans est entré dans "
        "l'établissement jeudi.",
        {"c'est la fin": None},
    ),
    "an opening adverbial with its own relative clause leaves the subject after it the one il means": (
        "« Nous irons en cassation », a déclaré Marc Lenoir. Lors de l'audience, au cours de laquelle il est apparu "
        "fatigué, Paul Durand a rejeté les accusations. « Je n'ai fait que mon travail », a-t-il plaidé.",
        {"Je n'ai fait que mon travail": "Paul Durand"},
    ),
    "a surname that spells a role noun, after its civil title, is the person named in full": (
        "Le ministre de l'Économie Paul Le Maire était à Nantes. En présence du maire de Nantes Marc Lenoir, M. Le "
        "Maire a estimé que chacun devait « pouvoir partir en vacances ». « Ce n'est pas le cas », a-t-il regretté.",
        {"pouvoir partir en vacances": "Paul Le Maire", "Ce n'est pas le cas": "Paul Le Maire"},
    ),
    "a portfolio joining two nouns after its preposition is one complement before the apposed name": (
        "« Le congé sera allongé », a assuré jeudi la secrétaire d'État à l'Égalité entre les femmes et les hommes, "
        "Claire Dupuis.",
        {"Le congé sera allongé": "Claire Dupuis"},
    ),
    "an intensified participle opening the sentence is no subject": (
        "Le meurtre est revenu au centre de l'actualité. Un peu trop pour la procureure de Besançon Claire Dupuis. "
        "Très remontée contre les médias, la magistrate a pris la parole jeudi soir pour dénoncer la « surenchère "
        "médiatique ». « Personne ne peut parler à ma place », a-t-elle déploré.",
        {"Personne ne peut parler à ma place": "Claire Dupuis"},
    ),
    "the magistrate is the prosecutor named before": (
        "L'enquête a été confiée au procureur de la République d'Épinal, Marc Lenoir. Le couple avait une fille, selon "
        "le maire Paul Durand. Les investigations « sont en cours » afin de déterminer les circonstances, a ajouté le "
        "magistrat.",
        {"sont en cours": "Marc Lenoir"},
    ),
    "a role in apposition after the comma settles the gender a first name guessed": (
        "La section propose des « sélections ». « Nous paierons les éditeurs », a précisé Morgan Dupré, une "
        "vice-présidente du groupe chargée des partenariats à l'international pour la section. « Nous allons "
        "continuer », a-t-elle ajouté.",
        {"Nous allons continuer": "Morgan Dupré"},
    ),
    "the sentence's subject after a fronted participle and a name is no apposition to that name": (
        "Interrogée par Paul Durand, la chanteuse est revenue sur sa carrière. « J'ai adoré avoir 40 ans », dit-elle.",
        {"J'ai adoré avoir 40 ans": "la chanteuse"},
    ),
    "a name nobody listed, then a nationality in apposition, is a person's": (
        "« Je ne suis pas une réfugiée blanche », soupire cette mère de famille. Hodan Warsame, une Somalienne de 24 "
        "ans, souligne souffrir de discriminations. « Nous pensions que nous serions tous égaux », assure-t-elle.",
        {"Nous pensions que nous serions tous égaux": "Hodan Warsame"},
    ),
    "a first name in marks completing a role goes on to the name apposed to it": (
        "« Donner son nom, c'est la désigner », a affirmé l'avocat de « Sophie », Me Paul Durand, en dénonçant la "
        "campagne de harcèlement.",
        {"Donner son nom, c'est la désigner": "Paul Durand"},
    ),
    "a clause between two commas is no apposition a relative clause points past": (
        "Entré au son d'une chanson de Jean Ferrat, le cercueil est sorti sous les acclamations des proches, qui ont "
        "crié : « merci ».",
        {"merci": "des proches"},
    ),
    "a relative clause coordinated to another points to the same name": (
        "L'ONG avait obtenu l'appui de la médiatrice Claire Dupuis, qui avait ouvert une enquête sur le sujet et qui "
        "recommandait à la Commission « de divulguer les documents ».",
        {"de divulguer les documents": "Claire Dupuis"},
    ),
    "firefighters as the sapeurs-pompiers are who ils means": (
        "Les sapeurs-pompiers du Var ont lancé un appel à la prudence lundi sur Twitter. « Pas de feu à proximité des "
        "arbres », rappellent-ils.",
        {"Pas de feu à proximité des arbres": "les sapeurs-pompiers du Var"},
    ),
    "a wire's plus signs quote words inside a quotation": (
        "« Le président Paul Durand a dit +ça suffit+ (...), donc il va agir », a déclaré M. Lenoir.",
        {"ça suffit": "Paul Durand"},
    ),
    "a body's name going on in lower case is read whole": (
        "« Les besoins sont immenses dans la région », a déclaré Médecins sans frontières. « Les journalistes y sont "
        "menacés », selon Reporters sans frontières.",
        {"Les besoins sont immenses dans la région": "Médecins sans frontières",
         "Les journalistes y sont menacés": "Reporters sans frontières"},
    ),
    "a medium named after a place is no person a later il means": (
        "Le marin Paul Durand avait toujours nié. Une version qu'il contredit dans un documentaire diffusé mercredi, "
        "explique Ouest France. « Il n'y a qu'un coupable et c'est moi », plaide-t-il.",
        {"Il n'y a qu'un coupable et c'est moi": "Paul Durand"},
    ),
    "a sub-heading repeating no words said after it is the words of the section it tops": (
        "Le chanteur Paul Durand a répondu aux critiques.- « Un incident du passé » -Interrogé samedi, il a été clair. "
        "« Cette affaire est derrière moi depuis longtemps », a déclaré Paul Durand.",
        {"Un incident du passé": "Paul Durand"},
    ),
    "a place's capitalised name after a role's de holds no inner role": (
        "« Les gens se sont rassemblés trop tôt », a déclaré la préfète du Grand Est Claire Dupuis.",
        {"Les gens se sont rassemblés trop tôt": "Claire Dupuis"},
    ),
    "a description past an opening connective has the floor for the next quotation": (
        "« Il faut partir », explique Jean Dupont, architecte. Selon les sociologues, beaucoup de gens veulent "
        "quitter les villes. Et l'homme qui a dessiné des tours est convaincu que Lyon est idéale. "
        "« Lyon est la ville du futur. »",
        {"Lyon est la ville du futur.": "Jean Dupont"},
    ),
    "la tête de liste tells no gender: the man who spoke goes on": (
        "« Ce sera dur pour toute la gauche », a déclaré Jean Dupont, tête de liste du Printemps. "
        "« Nous irons jusqu'au bout », a assuré la tête de liste du Printemps.",
        {"Nous irons jusqu'au bout": "Jean Dupont"},
    ),
    "a body back as the subject of the sentence before is who the kind of body means": (
        "Selon l'association Terre Vive, « la rivière est polluée ». De son côté, la Fédération des pêcheurs assure "
        "que les poissons vont bien. Terre Vive n'en reste pas là. « Le préfet doit agir », écrit l'association.",
        {"Le préfet doit agir": "Terre Vive"},
    ),
    "the subject of a clause a contrasting connective opens is who the description after means": (
        "On l'avait peu entendue depuis des mois, et pourtant Claire Dumont a des choses à dire. "
        "« Cela arrivait aussi dans le métro », raconte l'actrice.",
        {"Cela arrivait aussi dans le métro": "Claire Dumont"},
    ),
    "an opening adverbial with no comma is no part of the apposition's head": (
        "Pour sa part Jean Dupont, directeur de l'Agence régionale de santé, a déclaré lors de la même conférence "
        "de presse : « Moins de cas ont été signalés ce mois-ci. » De son côté Marie Durand, présidente de "
        "l'Association des maires, a assuré : « Les écoles resteront ouvertes. »",
        {"Moins de cas ont été signalés ce mois-ci.": "Jean Dupont", "Les écoles resteront ouvertes.": "Marie Durand"},
    ),
    "a role in apposition longer than a line is still the person's, whom a later description means": (
        "« Le projet avance », observe Claire Fontenay, maire Les Écologistes de la commune voisine de "
        "Saint-Aubin-sur-Loire et « amie fidèle » du sénateur. « Il faut attendre », estime Paul Ravel, boulanger de "
        "50 ans. « Rien n'est encore joué », assure la maire écologiste de Saint-Aubin-sur-Loire.",
        {"Le projet avance": "Claire Fontenay", "Rien n'est encore joué": "Claire Fontenay"},
    ),
    "a sentence opening on ce dernier has for subject whom it means, the pronoun after it too": (
        "Paul Martin a longtemps travaillé avec Jacques Durand. Martin acceptera-t-il l'offre de Durand ? Ce dernier "
        "fait en tout cas un nouveau geste. « Nous devons nous parler », a-t-il écrit.",
        {"Nous devons nous parler": "Jacques Durand"},
    ),
    "a role's complement on pour before the comma of the name apposed to it": (
        "« Personne ne peut rester sans rien faire ! », s'est insurgé sur les réseaux sociaux le représentant spécial "
        "des Nations unies pour le Sahel, Paul Dupont.",
        {"Personne ne peut rester sans rien faire !": "Paul Dupont"},
    ),
    "a medium's name going on past its article with a time word is no subject": (
        "« Rien n'est encore joué pour nous », a déclaré au Journal du dimanche (JDD) la directrice de campagne du "
        "candidat, Marie Lenoir.",
        {"Rien n'est encore joué pour nous": "Marie Lenoir"},
    ),
    "names listed after citant are examples, not the words' source": (
        "Marie Lenoir n'a pas encore choisi. « J'ai des liens d'amitié avec plusieurs candidats », expliquait alors "
        "l'ancienne sénatrice, citant Paul Durand, Jacques Morel et Luc Petit.",
        {"J'ai des liens d'amitié avec plusieurs candidats": "Marie Lenoir"},
    ),
    "a name after a civil title with no full stop is a person's, whatever first name opens it": (
        "L'avocat de Marie Dupont, Me Ardavan Kazemi, a répondu dans l'émission présentée par Paul Morel. Il s'est "
        "arrêté sur l'image de sa cliente. « Ce n'est pas une marâtre », a-t-il expliqué.",
        {"Ce n'est pas une marâtre": "Ardavan Kazemi"},
    ),
    "a noun of a person with no determiner in apposition tells the gender a first name only guessed": (
        "« C'est dur », dit Paul Morel, le patron du bar. « Le club ferme », explique Luca Verdi, employée de "
        "l'endroit. « Tout le secteur souffre », soupire-t-elle.",
        {"Tout le secteur souffre": "Luca Verdi"},
    ),
    "words opening a participle clause of time make no subject; the pronoun means the subject after it": (
        'Une fois rentrée, la chanteuse de 49 ans, connue pour son tube "Mon vieux" a publié une lettre. Dans sa '
        'lettre, elle écrit : « Je suis partie ». À peine arrivé, le ministre, auteur du livre "Tout va bien" a '
        'parlé. « Je reste », a-t-il dit.',
        {"Je suis partie": "la chanteuse de 49 ans", "Je reste": "le ministre"},
    ),
    "a quotation before a capitalised determiner is a heading run into its paragraph, no quote of its verb": (
        "Le ministre a parlé lundi : « Nous travaillons moins que nos voisins ».« Chacun pourra faire son choix » La "
        "rapporteuse du texte, Anne Morel, avait avancé en début d'année l'idée d'une prime. Sans trancher, le "
        "ministre a affirmé que « chacun pourra faire son choix, en liberté ».",
        {"Chacun pourra faire son choix": "le ministre"},
    ),
    "an impersonal reading verb reads the text of the body the sentence before is about": (
        "Le laboratoire a ensuite publié un communiqué. « Nous produirons en France », peut-on lire. Les rafales "
        "atteindront 100 km/h, précise Météo-Ouest sur son site. « Le vent devient violent », peut-on lire également.",
        {"Nous produirons en France": "le laboratoire", "Le vent devient violent": "Météo-Ouest"},
    ),
    "an impersonal reading verb on a document's page reads its author's words": (
        "« La formation s'adresse aux bacheliers », lit-on sur le site du ministère de la Santé. « Nous sommes en "
        "grève », peut-on lire sur le compte Twitter du syndicat.",
        {"La formation s'adresse aux bacheliers": "le ministère de la Santé", "Nous sommes en grève": "le syndicat"},
    ),
    "a plural verb's subject after it is the whole list of names, a first name nobody listed among them": (
        "« Notre outil est prêt », écrivent Hélène Dupart et Abhilash Korrapati dans une tribune. « Nous sommes "
        "inquiets », ont déclaré Jean Durand, Paul Morel et Luc Besson. « Rien ne bouge », ont dit les syndicats et "
        "le patronat.",
        {"Notre outil est prêt": "Hélène Dupart et Abhilash Korrapati",
         "Nous sommes inquiets": "Jean Durand, Paul Morel et Luc Besson", "Rien ne bouge": "les syndicats et le patronat"},
    ),
    "two full names joined before a plural verb speak together, whatever first name opens one": (
        "Abhilash Korrapati et Hélène Dupart écrivent : « Notre outil est prêt ».",
        {"Notre outil est prêt": "Abhilash Korrapati et Hélène Dupart"},
    ),
    "a heading's name glued to the determiner opening its paragraph ends before it": (
        "• Nicolas DurandUn mois après sa défaite, l'ancien président a publié ses vœux. « Je vous souhaite de bonnes "
        "fêtes », écrit-il.",
        {"Je vous souhaite de bonnes fêtes": "Nicolas Durand"},
    ),
    "a hashtag's words written together open no paragraph inside a selon-like phrase": (
        "La ministre a défendu son bilan. Pour Claire Vidal du collectif #NousToutes, « ces chiffres correspondent à "
        "l'absence de politique ».",
        {"ces chiffres correspondent à l'absence de politique": "Claire Vidal"},
    ),
    "a speech verb's infinitive after a role and its complements makes a clause, no title of the name after it": (
        "Beaucoup voient mal l'ancienne candidate à l'élection de 2002 soutenir Marc Vidal, avec qui elle s'est "
        "opposée. L'ancienne ministre avait expliqué qu'elle « allait prendre le temps ».",
        {"allait prendre le temps": "l'ancienne ministre"},
    ),
    "a police or military rank is a role: the name after it speaks as the agent of a verbless sentence": (
        "Selon le Guardian, la victime serait décédée. « Sa tête a volé », a témoigné une femme. Une information "
        "démentie par l'inspecteur Paul Morel. « Ce n'est pas le cas », a-t-il déclaré. « Nous enquêtons », a "
        "ajouté le lieutenant Marc Vidal.",
        {"Ce n'est pas le cas": "Paul Morel", "Nous enquêtons": "Marc Vidal"},
    ),
    "an office's holder is whom the sentence before its first mention, opening a sentence, has for subject": (
        "Paul Morel est revenu jeudi sur l'action de son gouvernement. Le Premier ministre était l'invité de la "
        "radio. Interrogé sur les propos de Jean Vidal, qui a qualifié Marc Roux de « président des riches », le "
        "Premier ministre a dénoncé « l'amertume » de son prédécesseur.",
        {"l'amertume": "Paul Morel"},
    ),
    "nouns of public figures in the plural name a group that speaks; a singular incise is not theirs": (
        "Une centaine de personnalités ont signé une tribune. « Nous refusons ce projet », écrivent-ils. Plusieurs "
        "intellectuels dénoncent une « racialisation » du débat. Des personnalités ont soutenu le maire, jusqu'au "
        "ministre Paul Durand : « Je condamne ces menaces », a-t-il réagi.",
        {"racialisation": "plusieurs intellectuels", "Nous refusons ce projet": "une centaine de personnalités",
         "Je condamne ces menaces": "Paul Durand"},
    ),
    "a kin noun is not a person the text knows by a role": (
        "« Le temps presse », a souligné la procureure Claire Vidal. Les enquêteurs ont trouvé un mot de la mère disant "
        "« Je vous aime ». « Il faut savourer ces moments », a dit le chef du gouvernement Paul Morel. Un couple posait "
        "devant la fontaine. « C'est rare », dit le mari.",
        {"Je vous aime": "la mère", "C'est rare": "le mari"},
    ),
    "the author of words or a testimony opening the sentence is whom a later pronoun means": (
        "« Nous enquêtons », a indiqué la police. Le témoignage de Sandrine Morel portait sur des faits de 2011. "
        "« J'ai voulu faire une pause », racontait-elle.",
        {"J'ai voulu faire une pause": "Sandrine Morel"},
    ),
    "an incise inside the quotation naming somebody new is whom the pronoun after it means": (
        "Selon Ouest-France, le braconnier devra verser une amende. « Cet argent ira aux refuges, a confié une "
        "bénévole de la ligue. Nous sommes soulagés », s'est-elle encore réjouie. Le Monde a joint Paul Girard. « Je "
        "reste prudent, a dit Marc Olivier. Rien n'est joué », a-t-il ajouté.",
        {"Cet argent ira aux refuges, a confié une bénévole de la ligue. Nous sommes soulagés": "une bénévole de la ligue",
         "Je reste prudent, a dit Marc Olivier. Rien n'est joué": "Marc Olivier"},
    ),
    "a present participle after a quotation closing a sentence leans on the new sentence's subject": (
        "La chanteuse a même insisté : « Il me gêne. Il avance masqué. » Sollicité par la radio, Marc Olivier n'a pas "
        "voulu polémiquer, répondant : « Aucun commentaire. »",
        {"Aucun commentaire.": "Marc Olivier"},
    ),
    "a compound participle clause opening the sentence is no subject": (
        "« Nous verrons », a dit la directrice. Ayant quitté la chaîne depuis longtemps, Marc Olivier y repense sans "
        "amertume en concluant : « Je n'étais pas fait pour ce métier. »",
        {"Je n'étais pas fait pour ce métier.": "Marc Olivier"},
    ),
    "a list in brackets opens no clause": (
        "Alors que trois régions restent en alerte (Bretagne, Normandie, Picardie), Météo-France termine son bulletin "
        "en rappelant les consignes : « Évitez tout déplacement. »",
        {"Évitez tout déplacement.": "Météo-France"},
    ),
    "the medium that asked is not who answers after the colon": (
        "D'après une source proche du dossier jointe par Europe 1 : « Le pacte est en marche. » Un succès dont "
        "s'est félicitée l'animatrice, interrogée par Télé Loisirs : « Le public a rajeuni. »",
        {"Le pacte est en marche.": "une source proche du dossier", "Le public a rajeuni.": "l'animatrice"},
    ),
    "a verb right after dont has its subject after it": (
        "Les premières « constatations matérielles » dont a fait état le procureur, Marc Olivier, vont « plutôt "
        "dans le sens d'un accident ».",
        {"plutôt dans le sens d'un accident": "Marc Olivier"},
    ),
    "a member named after dont with an apposition to the sentence's end is whom a pronoun then means": (
        "Jérôme Martin était dans le cortège. Les manifestants ont marché derrière d'autres blessés, dont Paul "
        "Leroy, éborgné en 2019 lors d'une manifestation à Rennes. « On nous traite de casseurs », a-t-il affirmé.",
        {"On nous traite de casseurs": "Paul Leroy"},
    ),
    "a sentence opening on pour gives whose view it is, whom a pronoun may then mean": (
        "L'enquête a connu une brusque accélération. Pour la sœur du suspect, son frère est innocent. « Il n'en "
        "est pas capable ! », martèle-t-elle.",
        {"Il n'en est pas capable !": "la sœur du suspect"},
    ),
    "a speech noun opening the sentence after a quotation names its speaker past a role and its party": (
        "« Nous accueillerons tous les élus qui le voudront ». La phrase du député MoDem Paul Morel dans une "
        "interview au Figaro n'a pas laissé de marbre ses alliés.",
        {"Nous accueillerons tous les élus qui le voudront": "Paul Morel"},
    ),
    "the source a sentence closes on after selon is whom a pronoun right after means": (
        "« Il faut fuir la bombe », a déclaré à l'AFP Jean Martin, patron du syndicat régional. Le Syndicat "
        "national des infirmiers prévoit même de poursuivre un hôpital en justice pour avoir exposé ses "
        "travailleurs au virus, selon son secrétaire général, Paul Morel. « Le secteur est défaillant », a-t-il "
        "déclaré à l'AFP.",
        {"Le secteur est défaillant": "Paul Morel"},
    ),
    "the medium the words were given in is not whom the pronoun means": (
        "Selon le quotidien Le Progrès, c'est « un big-bang » que compte réaliser Paul Morel. Il a sa petite "
        "solution. « Vous tuez la droite ! », s'amuse-t-il dans Le Progrès.",
        {"Vous tuez la droite !": "Paul Morel"},
    ),
    "a former role's description is not whom the text gives that role now": (
        "« Il faut un nouveau chemin », a écrit l'ex-ministre de la Défense Paul Morel dans une tribune. Son "
        "successeur, le ministre de la Défense Marc Olivier, a répondu mardi. « Seulement en changeant de chemin, "
        "nous serons respectés », conclut l'ex-ministre.",
        {"Seulement en changeant de chemin, nous serons respectés": "Paul Morel"},
    ),
    "a person an indefinite description brings in is whom the next sentence's pronoun means": (
        "Paul Morel a lancé un appel aux dons. Interrogé sur le sujet, un proche a préféré se montrer confiant. "
        "« Les dons rentrent encore », a-t-il assuré. Claire Morel vit seule. Une voisine lui rend visite chaque "
        "jour. « J'ai connu la guerre », se souvient-elle. Marc Olivier a perdu. Un juge doit examiner le recours. "
        "« Je ne céderai pas », a-t-il ajouté.",
        {"Les dons rentrent encore": "un proche", "J'ai connu la guerre": "Claire Morel",
         "Je ne céderai pas": "Marc Olivier"},
    ),
    "a speech verb's form an adverb grades is an adjective, no cue": (
        "Un peu plus loin, Paul Morel, 47 ans, a une mission bien précise : « Je suis venu pour mes voisins ». "
        "Claire Morel s'est montrée très critique sur France Inter : « On va droit dans le mur ».",
        {"Je suis venu pour mes voisins": "Paul Morel", "On va droit dans le mur": "Claire Morel"},
    ),
    "a bulletin or an email speaks for whom issued it": (
        "Les orages menacent le sud. « Les températures baisseront jeudi », précise le bulletin émis par "
        "Météo-France mardi. « Vos données ont été volées », poursuit l'email du ministère de la Culture.",
        {"Les températures baisseront jeudi": "Météo-France", "Vos données ont été volées": "ministère de la Culture"},
    ),
    "a document told of before speaks for the body that spoke last, an adjective after it or not": (
        "« Tout rassemblement est interdit », a annoncé la préfecture du Rhône samedi. « Les contrevenants seront "
        "verbalisés », indique le communiqué officiel.",
        {"Les contrevenants seront verbalisés": "préfecture du Rhône"},
    ),
    "a document whose author was named speaks for them again": (
        "« Le conducteur est mort sur le coup », détaille le communiqué du procureur de Lyon, Marc Perrin. Deux "
        "policiers sont entendus. « Une enquête est ouverte », poursuit le communiqué.",
        {"Le conducteur est mort sur le coup": "Marc Perrin", "Une enquête est ouverte": "Marc Perrin"},
    ),
    "a title completing a noun of an opening adjunct is no apposition to the name after it": (
        "Lors de la visite de la ministre de l'Industrie, Pierre Lambert a plaidé pour la relance. « Nous devons "
        "produire », a-t-il déclaré. Lors de la venue de la maire de Lyon, Anne Morel, les ouvriers ont manifesté. "
        "« Nous tiendrons parole », a-t-elle promis.",
        {"Nous devons produire": "Pierre Lambert", "Nous tiendrons parole": "Anne Morel"},
    ),
    "a phrase completing a quotation that opens its sentence leads on to the incise": (
        "Les archives vont rouvrir. « Les jeunes pensent que c'était mieux avant » pour le pays, explique à l'AFP "
        "le cinéaste Omar Haddad.",
        {"Les jeunes pensent que c'était mieux avant": "Omar Haddad"},
    ),
    "a name after à inside an adjunct is whom the words were for, not the subject after it": (
        "« Les retraités ont besoin d'un ministère », affirment dans une lettre commune à Jean Castex les syndicats "
        "de retraités.",
        {"Les retraités ont besoin d'un ministère": "les syndicats de retraités"},
    ),
    "a connective opening the sentence leaves its subject the head of the apposition after it": (
        "Le ministre a parlé. Mais Paul Roux, directeur du Conseil à Londres, relève que rien n'a été vérifié. "
        "« Combien de personnes passent ainsi ? », s'est-il interrogé.",
        {"Combien de personnes passent ainsi ?": "Paul Roux"},
    ),
    "a party's initials after a role and its adjective name no one": (
        "Une main tendue que refuse l'eurodéputée Claire Morel. « Tout cela n'est pas sérieux », a déploré "
        "l'eurodéputée et conseillère régionale LR de Lorraine au micro de RMC.",
        {"Tout cela n'est pas sérieux": "Claire Morel"},
    ),
    "a relative clause whose verb is plural is not headed by the singular name before it": (
        "« Nous allons revoir nos règles », a-t-il déclaré vendredi. Les manifestations de soutien à Paul Roux qui ont "
        "dégénéré inquiètent. Marc Petit a ensuite reconnu son erreur.",
        {"Nous allons revoir nos règles": "Marc Petit"},
    ),
    "words naming a person after a question mark are still of another, named two sentences back": (
        "L'Europe est en danger aux yeux de Paul Roux. Il rejoint le constat de Marc Petit, qui avait évoqué une « mort "
        "cérébrale ». « Qui peut contester l'avis de monsieur Petit ? Il faut changer », préconise-t-il.",
        {"Qui peut contester l'avis de monsieur Petit ? Il faut changer": "Paul Roux"},
    ),
    "a surname completing a noun after its determiner is no person the words name": (
        "Marc Petit, en conflit ouvert avec Paul Roux, a abondé. « Le président veut se dédouaner », a déclaré Marc "
        "Petit. Paul Roux aime dénoncer la faiblesse de son rival. « Personne n'a été plus ferme que l'administration "
        "Roux », a-t-il encore tweeté dimanche.",
        {"Personne n'a été plus ferme que l'administration Roux": "Paul Roux"},
    ),
    "a description's words naming a person by surname are not that person's": (
        "Une situation commentée jeudi par Paul Roux sur CNews, chaîne détenue par le groupe dont Marc Petit est "
        "l'actionnaire. « Comment va Petit ? Il est sorti de garde à vue ? », a interrogé l'ancien candidat du NPA.",
        {"Comment va Petit ? Il est sorti de garde à vue ?": "Paul Roux"},
    ),
    "a definite description by age class means whoever of that gender was named": (
        "Le comédien Louis Martin a inventé un jeu de balcon. Il régale ses voisins. « Je voulais donner un peu de "
        "joie », explique le quinquagénaire joint par téléphone.",
        {"Je voulais donner un peu de joie": "Louis Martin"},
    ),
    "a quotation with no cue opening on an answer's word after a question asked is the answer of the one asked": (
        "Le ministre Paul Roux a répondu aux questions des écoliers. « Est-ce que vous allez démissionner ? », a "
        "demandé une élève. « Non, je reste au gouvernement tant que je me sens utile. » Marc Petit a visité l'usine. "
        "« Pourquoi attendre encore des mois ? », a demandé Jean Blanc. « Il faut agir avant l'hiver. »",
        {"Non, je reste au gouvernement tant que je me sens utile.": "Paul Roux",
         "Il faut agir avant l'hiver.": "Jean Blanc"},
    ),
    "a description by age class may mean a speaker known by a description of no office": (
        "Le médecin prescrit une cure d'antibiotiques. « Quel parent ne ferait pas confiance ? », fait valoir la mère "
        "de Léo. Le bilan est lourd. « J'étais convaincue qu'ils avaient l'autorisation », s'exclame la quadragénaire. "
        "« Il faut réformer la région », a déclaré le président de la région. La séance est levée. « Je n'avais jamais "
        "vu un cours pareil », s'exclame le jeune homme.",
        {"J'étais convaincue qu'ils avaient l'autorisation": "la mère de Léo",
         "Je n'avais jamais vu un cours pareil": "le jeune homme"},
    ),
    "the staff of the armed forces is a body that speaks, its statement later too": (
        "Un soldat est mort dans un accident au Tchad, a indiqué l'état-major des armées samedi. « Il a été "
        "mortellement touché par l'explosion d'une bouteille de gaz », a précisé le communiqué.",
        {"Il a été mortellement touché par l'explosion d'une bouteille de gaz": "l'état-major des armées"},
    ),
    "a personal pronoun means the person opening the sentence before, not the body that spoke last": (
        "Des milliers de manifestants, selon le ministère de l'Intérieur, ont défilé samedi. Le président du parti "
        "rejette pourtant ces accusations. « La police rassure, elle ne fait pas peur », a-t-il martelé dimanche.",
        {"La police rassure, elle ne fait pas peur": "le président du parti"},
    ),
    "words running on a name's clause from an object pronoun are about that name, not by them": (
        "Joint par le site, Paul Petit assure qu'il n'y a pas eu de passe-droit : l'ancien président de la région "
        "Jean Roux « m'avait demandé de mettre une personne de la société civile sur ma liste », explique-t-il.",
        {"m'avait demandé de mettre une personne de la société civile sur ma liste": "Paul Petit"},
    ),
    "a pronoun going on means who spoke, not whom the words given them name": (
        "Le député Paul Roux a accusé Marc Petit de céder. Selon lui, M. Petit fait partie des « partisans du "
        "renoncement ». « Aujourd'hui, les radicaux ont gagné la bataille », a-t-il ajouté sur France 3.",
        {"Aujourd'hui, les radicaux ont gagné la bataille": "Paul Roux"},
    ),
    "according to the words of a possessive's owner, the owner speaks": (
        "Nicolas Petit a annoncé son départ de la vie politique. Un projet qui, selon ses dires, plairait à sa femme : "
        "« Je vais m'installer à Dubaï et à Singapour. »",
        {"Je vais m'installer à Dubaï et à Singapour.": "Nicolas Petit"},
    ),
    "a bracketed place closes a person's apposition": (
        "« Il faut partir », a indiqué un voisin, Marc, un retraité de 70 ans. « On veut rester », a déclaré Zorvia "
        "Kamenou, une infirmière de 29 ans venue de Lyon (Rhône). « On entend tout », a assuré cette mère de famille.",
        {"On entend tout": "Zorvia Kamenou"},
    ),
    "an agent inside what the speaker said does not speak after the colon": (
        "Le médecin a assuré qu'aucune faute n'avait été commise par les pompiers : « Il n'y a rien à redire à leur "
        "travail ». Le contrat a été signé par Jean Dupont : « Je m'en réjouis ».",
        {"Il n'y a rien à redire à leur travail": "le médecin", "Je m'en réjouis": "Jean Dupont"},
    ),
    "a medium's noun after pour stands between the verb and its subject": (
        "« Les attentats reviennent beaucoup », commente pour la presse Paul Roux. « Le bilan viendra », "
        "assure pour la radio la maire de Lyon.",
        {"Les attentats reviennent beaucoup": "Paul Roux", "Le bilan viendra": "la maire de Lyon"},
    ),
    "an object pronoun and a relative clause stand between a subject and its verb before a colon": (
        "La marche a eu lieu. Paul Roux qui habite Aubervilliers l'assure : « Je n'ai vu aucune violence ». Marie "
        "Petit, qui habite Pantin, le confirme : « Tout était calme ». Léa Morel qui soutient Marc Dupont affirme : "
        "« Nous reviendrons ».",
        {"Je n'ai vu aucune violence": "Paul Roux", "Tout était calme": "Marie Petit", "Nous reviendrons": "Léa Morel"},
    ),
    "a description in a clause after a speaker's cue does not take the pronoun that goes on": (
        "« On n'a pas prononcé le mot », s'est défendu Paul Roux alors que le journaliste rappelait des faits. "
        "« Il n'y a pas de tabous », a-t-il ajouté.",
        {"Il n'y a pas de tabous": "Paul Roux"},
    ),
    "a name listed in an incise after a quotation opens no sentence": (
        "« On a trop négocié », dit Paul Roux. « La bataille était autre », estime-t-il en regardant des images de "
        "Marc Petit, Jean Dupont et Luc Morel appelant à voter pour Léa Vidal. « On me reprochera toujours de ne pas "
        "avoir fait assez. »",
        {"On me reprochera toujours de ne pas avoir fait assez.": "Paul Roux"},
    ),
    "to cite as an example is to speak, not to relay words": (
        "« Pour la reprise, c'était complet », renchérit Paul Roux, le tourneur. « Clara devait faire la première "
        "partie, et c'est annulé pour elle, cite en exemple Marie Lenoir. C'est un manque ». « Pour les artistes, on "
        "avait des stratégies », poursuit-elle.",
        {"Pour les artistes, on avait des stratégies": "Marie Lenoir"},
    ),
    "a former role means the subject named before, not the object of a verb beside it": (
        "Paul Roux souhaite que la justice condamne Marc Petit pour complicité. « Je ne critiquerai jamais la "
        "justice », a déclaré dimanche l'ancien ministre.",
        {"Je ne critiquerai jamais la justice": "Paul Roux"},
    ),
    "a name joined to a subject is a subject too, for a former role after them": (
        "Paul Roux et Marc Petit se sont entretenus sur la crise. L'ancien ministre a demandé à son successeur de "
        "faire de l'urgence sa « priorité ».",
        {"priorité": "Marc Petit"},
    ),
    "an adverb opening a sentence glued to a name ends it": (
        "« On va réparer les choses », promet Marie NdiayePlus tôt, la députée Olivia Roux avait indiqué que la "
        "majorité entendait corriger l'erreur. « Rien ne presse », assure Paul VidalDéjà, le ministre avait parlé.",
        {"On va réparer les choses": "Marie Ndiaye", "Rien ne presse": "Paul Vidal"},
    ),
    "a role's long complement in lower case runs to the name after its comma": (
        "« Les réparations ont commencé », confie l'adjointe à la maire de Paris chargée de la voirie, Hélène Marchal, "
        "sur France Inter.",
        {"Les réparations ont commencé": "Hélène Marchal"},
    ),
    "a name after selon's description and its comma opens the main clause": (
        "Hélène Morvan a pris la défense de Julie Ferrand. « Un séjour prévu de longue date », assure la cheffe. Selon "
        "la cheffe étoilée, Julie Ferrand n'a pas imaginé la polémique.",
        {"Un séjour prévu de longue date": "Hélène Morvan"},
    ),
    "a subject after a time adverbial opening a bulleted sentence is the next pronoun's": (
        "« J'ai une pensée pour Paul », a ajouté Marc Tellier. • Deux ans après la crise qui les avait opposés pour "
        "la direction du parti, Jean-Marc Dorin s'est rangé derrière lui. Mais ce dimanche, il s'est dit soulagé. "
        "« Je me place dès à présent à sa disposition », a-t-il assuré.",
        {"Je me place dès à présent à sa disposition": "Jean-Marc Dorin"},
    ),
    "a name nobody lists after a medium's acronym, a role apposed to it, is a person's": (
        "Les joueurs fréquentent le restaurant de Marco Venturi. « C'est une ville qui compte », confie à l'AFP "
        "Thiagor Selvanez, capitaine du club. « J'y suis devenu Parisien », ajoute l'international brésilien.",
        {"C'est une ville qui compte": "Thiagor Selvanez", "J'y suis devenu Parisien": "Thiagor Selvanez"},
    ),
    "a body ending an apposition left open before the verb is no subject": (
        "Paul Vernier, premier secrétaire et député PS a estimé que « les Français attendaient un changement de cap. "
        "Espoir vain ». Marc Dorval, député et président de Debout la France a fustigé « un exercice "
        "d'autosatisfaction. Notre pays a besoin d'une vision ».",
        {"les Français attendaient un changement de cap. Espoir vain": "Paul Vernier",
         "un exercice d'autosatisfaction. Notre pays a besoin d'une vision": "Marc Dorval"},
    ),
    "a line naming a person, a role and where the words were written before the colon": (
        "Les réactions se sont multipliées. Louis Marchal, maire de Perpignan, sur Twitter : « Le ministre brasse du "
        "vent. Pas de vision claire. »",
        {"Le ministre brasse du vent. Pas de vision claire.": "Louis Marchal"},
    ),
    "a person relating what nobody named did is whom the next pronoun means": (
        "« Nous partirons », a dit le chef Paulo Kuri. Le village est désert. « De nombreux habitants ont fui la "
        "maladie », relatait en avril Oskar Vendeln, "
        "directeur de l'association Forêt vivante. « La crise est une pression de plus », soulignait-il dans un "
        "communiqué.",
        {"La crise est une pression de plus": "Oskar Vendeln"},
    ),
    "a possessive kin description is somebody's kin, not whom a kin noun described before": (
        "Malik, ce père de trois enfants, a dit « On a peur ». Le jeune homme a été agressé. « L'histoire de mon fils "
        "s'est propagée », explique son père sous couvert d'anonymat.",
        {"L'histoire de mon fils s'est propagée": "son père"},
    ),
    "a gloss in brackets between a quotation and its cue leaves the cue the quotation's": (
        "Les voyageurs restent calmes. « Je pense qu'on doit le faire » (rétablir la quarantaine) estime Paul Vidal, "
        "sexagénaire venu voir sa famille.",
        {"Je pense qu'on doit le faire": "Paul Vidal"},
    ),
    "the terms of a person after selon are that person's words": (
        "La nouvelle voiture « surpassera ses rivales », selon les termes de Paul Vidal, son patron.",
        {"surpassera ses rivales": "Paul Vidal"},
    ),
    "the head of another named body is not who heads the one named before": (
        "Le président du Sénat Paul Martin était là. « C'est grave », a déclaré le président de l'Assemblée. Pour le "
        "président de la Ligue des droits, « c'est une faute ». Le patron de Vaillant Joseph Roux a signé. « Je "
        "reste », a dit le patron de Delmas Frères.",
        {"C'est grave": "le président de l'Assemblée", "c'est une faute": "le président de la Ligue des droits",
         "Je reste": "le patron de Delmas Frères"},
    ),
    "the subject of a sentence opened by pour and a pronoun is what the pronoun's person thinks of": (
        "Le réalisateur Paul Vidal prend la défense de Marc Lenoir dans une interview. Les deux hommes sont amis depuis "
        "longtemps. Pour lui, Marc Lenoir est victime d'une machination. « Son mode de vie est le même que celui de tous "
        "les patrons. Je lui parle souvent », confie-t-il.",
        {"Son mode de vie est le même que celui de tous les patrons. Je lui parle souvent": "Paul Vidal"},
    ),
    "a relative after pour or selon governed by the preposition points back to who holds the opinion": (
        "« Le débat est clos », a tranché Sophie Martin. Les députés ont été rejoints par Anne Lemaire, pour laquelle le "
        "« port du voile » est « incompatible » avec ses « valeurs ». « Je ne peux pas l'accepter », a-t-elle indiqué. "
        "Il a reçu Paul Vidal, selon lequel la réforme est « un échec complet ».",
        {"port du voile": "Anne Lemaire", "incompatible": "Anne Lemaire", "Je ne peux pas l'accepter": "Anne Lemaire",
         "un échec complet": "Paul Vidal"},
    ),
    "the agent of a passive in a sentence about no person is who a later pronoun means": (
        "« Il faut des réponses », indique leur avocat Paul Vidal. Dès le début, l'absence de réaction des voisins a été "
        "pointée du doigt par le procureur Marc Lenoir. « Si la police avait été alertée, cet enfant serait vivant », "
        "avait-il déploré. Le matin, Jean Roux a été reçu par le maire Luc Morel. « J'étais ému », a-t-il raconté.",
        {"Si la police avait été alertée, cet enfant serait vivant": "Marc Lenoir", "J'étais ému": "Jean Roux"},
    ),
    "a qualifier after a role noun stays inside the description": (
        "« Je voterai pour lui », a affirmé sur une radio le président par intérim du Parti bleu. « Rien n'est joué », "
        "a ajouté la présidente en exercice du Conseil des régions.",
        {"Je voterai pour lui": "le président par intérim du Parti bleu",
         "Rien n'est joué": "la présidente en exercice du Conseil des régions"},
    ),
    "a word quoted whole and set off by commas between the verb and its subject is an incise": (
        "Le ministre a parlé. « On a l'impression que rien ne change », affirme, « préoccupée », Marie Dupont, du "
        "syndicat des écoles.",
        {"On a l'impression que rien ne change": "Marie Dupont"},
    ),
    "choking with indignation is a way of speaking": (
        "Le texte a été rejeté par Paul Roux, le ministre. « Il a ri à l'Assemblée », s'étouffe Luc Morel, « mais quel "
        "mépris ! »",
        {"Il a ri à l'Assemblée": "Luc Morel", "mais quel mépris !": "Luc Morel"},
    ),
    "whom a sentence presents as its case in point is who a later pronoun or description means": (
        "« Les règles changent », rappelle Le Courrier du Nord. C'est notamment le cas de Léa Morel, hôtesse depuis "
        "dix ans. « On en a toutes assez », confie la jeune femme. Les voisins se taisent. C'est le cas de Paul Roux, "
        "qui vit en dessous. « Il faut arrêter de dire que l'on n'a rien fait », s'agace-t-il.",
        {"On en a toutes assez": "Léa Morel", "Il faut arrêter de dire que l'on n'a rien fait": "Paul Roux"},
    ),
    "a person heading a relative clause that has them speak, past an apposition, is who a pronoun then means": (
        "« Je ne comprends pas ce gouvernement », a conclu Marie Roux. Un point de vue qui rejoint celui de Brigitte "
        "Lemaire, porte-parole de l'association L214, qui s'est exprimée sur RMC. « C'est un droit, sauf que le ministre "
        "est responsable », a-t-elle expliqué. La famille de Léa Morel, 15 ans, qui est morte en mai, se tait. « Rien "
        "ne change », a-t-elle ajouté.",
        {"C'est un droit, sauf que le ministre est responsable": "Brigitte Lemaire", "Rien ne change": "Brigitte Lemaire"},
    ),
    "despairing aloud is a way of speaking": (
        "La chaleur avait vidé les rues. « On ne sait plus quoi faire », se désespérait Paul Roux, venu avec sa "
        "compagne. « Là, franchement, c'est insupportable ! »",
        {"On ne sait plus quoi faire": "Paul Roux", "Là, franchement, c'est insupportable !": "Paul Roux"},
    ),
    "a serial killer is a person's role, not a series' title": (
        "« Il faut chercher ailleurs », a dit son avocat Richard Morel. À 78 ans, le tueur en série Paul Roux avait fini "
        "par avouer : « Je reconnais là un être qui n'est plus là par ma faute », avait-il déclaré à la juge.",
        {"Je reconnais là un être qui n'est plus là par ma faute": "Paul Roux"},
    ),
    "a subject with a complement keeps it past an aside whose participle's agent ends before the verb": (
        "Les participants aux manifestations du week-end, réprimées par les forces de sécurité, ont crié « vengeance et "
        "justice pour tous ».",
        {"vengeance et justice pour tous": "les participants aux manifestations du week-end"},
    ),
    "a subject pronoun before an object pronoun and the verb is the verb's subject": (
        "Paul Roux a parlé lundi. Et il l'assure, « le travail va payer », cite Le Matin. Marie Roux écrit des chansons "
        "dans une « configuration surréaliste, avec cette ville fermée » comme elle le dit.",
        {"le travail va payer": "Paul Roux", "configuration surréaliste, avec cette ville fermée": "Marie Roux"},
    ),
    "a people's noun in apposition tells the gender a first name only guessed": (
        "« Les camps sont pleins », selon le HCR. Après un an passé à Lesbos, Sina, un Iranien de 18 ans, espérait "
        "reprendre ses études. « Nous avons besoin d'un numéro fiscal pour louer », soupire-t-il.",
        {"Nous avons besoin d'un numéro fiscal pour louer": "Sina"},
    ),
    "a demonstrative description means whom the sentence before brings in when no person is its subject": (
        "« Les patients parlent peu », explique Paul Martinez, directeur du centre. Les saignements n'empêchaient pas "
        "Nicolas Roux de continuer. « Avec un mouchoir, je nettoyais le sang », raconte cet homme de 47 ans. Joe Vidal "
        "mène Tom Lenoir dans les sondages. « Je vais suivre les consignes », a ajouté ce vétéran de 77 ans.",
        {"Avec un mouchoir, je nettoyais le sang": "Nicolas Roux", "Je vais suivre les consignes": "Joe Vidal"},
    ),
    "celui qui after an opening connective is the one the relative clause describes": (
        "Leurs interprètes, Hélène Roux et Patrick Morel, étaient invités. Ainsi, celui qui se glisse dans la peau du "
        "musicien romantique a déclaré : « On dirait un logiciel de vieillissement ».",
        {"On dirait un logiciel de vieillissement": "Patrick Morel"},
    ),
    "the state's head is not who heads a federation": (
        "Le président Jacques Dupont a reçu les joueurs mardi. Il a déjeuné avec le président de la Fédération, Paul "
        "Martin. « Restez unis et ayez confiance en vous », a dit le chef de l'Etat.",
        {"Restez unis et ayez confiance en vous": "Jacques Dupont"},
    ),
    "a long participle clause opening the sentence of a description's first use": (
        "Jacques Dupont a reçu les joueurs mardi au château. Entouré de son épouse, Marie Dupont, de la ministre des "
        "Sports, Laura Petit, et de son ami d'enfance venu de Lyon pour l'occasion, Paul Martin, le chef de l'Etat a "
        "déjeuné avec eux. « Restez unis et ayez confiance en vous », a dit le chef de l'Etat.",
        {"Restez unis et ayez confiance en vous": "Jacques Dupont"},
    ),
    "a long adverbial and its relative before the subject": (
        "Dimanche, le joueur Marc Lenoir a été la cible d'insultes lors du match. Dans un très long entretien accordé "
        "mercredi soir au grand quotidien régional du matin de sa ville natale, et dont la radio publique a repris les "
        "propos, Paul Vidal est revenu sur cet épisode. « Il y a une hypocrisie incroyable dans ce milieu », a-t-il "
        "estimé.",
        {"Il y a une hypocrisie incroyable dans ce milieu": "Paul Vidal"},
    ),
    "a long fronted clause before the subject in apposition to a description": (
        "La présidente du comité, Marie Lenoir, avait parlé lundi. Alors que la directrice de la société organisatrice, "
        "Julie Morel, a annoncé que le règlement pourrait changer dès cette année, la doyenne des anciennes lauréates, "
        "Jeanne Dubois s'est insurgée mardi. « Je bondis quand j'entends une chose pareille », a-t-elle expliqué.",
        {"Je bondis quand j'entends une chose pareille": "Jeanne Dubois"},
    ),
    "a participle after être tells the gender a first name guessed otherwise": (
        "Le joueur Marc Lenoir a été insulté dimanche. Andrea Rossi est revenu sur cet épisode mardi. « Il y a une "
        "hypocrisie incroyable dans ce milieu », a-t-il estimé.",
        {"Il y a une hypocrisie incroyable dans ce milieu": "Andrea Rossi"},
    ),
    "a name completing the noun before an agreeing participle is not its subject": (
        "C'est la compagne d'André Boudou qui a prévenu le journal dimanche. La famille Boudou est accusée de fraude par "
        "ses voisins. « Ça va mieux, je ne suis plus en danger », a-t-il confié.",
        {"Ça va mieux, je ne suis plus en danger": "André Boudou"},
    ),
    "an inverted incise inside the quotation governs a clause of time": (
        "Marie Dubois était son amie. Paul Martin est mort dimanche. « J'étais choquée, indique-t-elle à un magazine "
        "alors qu'elle se trouvait à New York. Je le croyais immortel. »",
        {"J'étais choquée, indique-t-elle à un magazine alors qu'elle se trouvait à New York. Je le croyais immortel.":
         "Marie Dubois"},
    ),
    "a thing acting on the subject before a colon is no speaker": (
        "Le feu a pris vers minuit dans l'immeuble. Marcel Petit explique avoir été surpris par la fumée : « il fallait "
        "faire vite, très vite ».",
        {"il fallait faire vite, très vite": "Marcel Petit"},
    ),
    "a speech verb's form capitalised inside a name is no cue": (
        "Paul Roux, secrétaire général de la préfecture, a décrit la situation à l'Agence France Presse : « Même la "
        "digue de l'aéroport a été dépassée ».",
        {"Même la digue de l'aéroport a été dépassée": "Paul Roux"},
    ),
    "a comma closing the subject's apposition before a cue after a colon": (
        "« C'est du jamais vu depuis trente ans » : invitée sur une radio, Julie Morel, déléguée nationale du syndicat, "
        "a annoncé la couleur. Samedi, la police mettra le paquet.",
        {"C'est du jamais vu depuis trente ans": "Julie Morel"},
    ),
    "an ordinal in figures before a role is no date": (
        "« Le transporteur nous a prévenus à 17 heures », raconte Julie Morel, 1re adjointe au maire. « Nous avons "
        "appelé une cinquantaine d'entreprises », poursuit la 1re adjointe.",
        {"Nous avons appelé une cinquantaine d'entreprises": "Julie Morel"},
    ),
    "a known first name opening the text with an age in apposition is a person's": (
        "Ange, 23 ans, est arrivé du Congo il y a près d'un an. Ingénieur dans son pays, il s'abrite à l'ombre. Autour "
        "de lui, des abris de fortune. « Nous sommes au XXIe siècle ! Comment on traite les gens ? » demande-t-il.",
        {"Nous sommes au XXIe siècle ! Comment on traite les gens ?": "Ange"},
    ),
    "words nested after the speaker's own speech verb are the speaker's, not a pronoun's before": (
        "Paul Martin dirige le studio. Julie Morel avait été choisie en 1986. « Il m'a demandé ce que je voulais faire "
        "et j'ai dit : 'Je veux travailler pour toi !' Alors, il a dit : 'D'accord !' Et désormais, c'est ce que je "
        "fais », a-t-elle raconté.",
        {"Je veux travailler pour toi !": "Julie Morel", "D'accord !": "Paul Martin"},
    ),
    "the same one of a role is who spoke last": (
        "« Il y a une pression phénoménale sur le gouvernement », affirme un conseiller ministériel. Paul Martin, lui, "
        "se tait. « Le problème, c'est qu'il ne se ménage aucun fusible », souligne le même cadre.",
        {"Le problème, c'est qu'il ne se ménage aucun fusible": "un conseiller ministériel"},
    ),
    "a lone first name opening its sentence, then a role in apposition, is a person's": (
        "« Je suis épuisé », explique Stéphane. Marie, policière depuis quatre ans, confirme que la journée a été "
        "éprouvante : « On ramassait des collègues à la pelle », témoigne-t-elle.",
        {"On ramassait des collègues à la pelle": "Marie"},
    ),
    "an office's name holding a preposition is no complement: the office-holder who just spoke": (
        "« Il n'y a pas de moyens », a regretté Claire Martin. « C'est le moment de travailler ensemble », s'est agacée "
        "lundi Sophie Durand. « Les associations ont salué ces avancées », a précisé la secrétaire d'État.",
        {"Les associations ont salué ces avancées": "Sophie Durand"},
    ),
    "a cue closing a sentence governs the quotations its clause runs on to, another's ending none": (
        "Le suspect a avalé un comprimé. Il avait été contrôlé, assure la préfète« Nous ne savons pas ce qu'il a pris », "
        "ni « comment il l'a caché » alors qu'il était « surveillé », poursuit le commissaire, Marc Dubois.",
        {"Nous ne savons pas ce qu'il a pris": "Marc Dubois", "comment il l'a caché": "Marc Dubois"},
    ),
    "a subject's cue earlier in the sentence keeps the quotations its clause holds from a later selon": (
        "Paul Martin avait prévenu que l'État serait « intransigeant » sur la « préservation » des usines, au moment où "
        "le groupe envisagerait, selon Le Journal, de fermer trois sites.",
        {"intransigeant": "Paul Martin"},
    ),
    "a physician's noun covers every field of medicine": (
        "« Nous avons tenu bon », souligne Paul Martin. A sa suite, l'urgentiste Jean Durand, ancien chroniqueur du "
        "journal, s'en est pris aux idéologies « obscurantistes ». « Personne n'empêche de croire », a martelé le médecin.",
        {"Personne n'empêche de croire": "Jean Durand"},
    ),
    "a demonstrative of a trade's noun means the person just named": (
        "« Le bruit », « la pollution » sont aussi évoqués par Léa, qui s'installe près de Lorient. « Le confinement "
        "a permis d'en faire un projet familial », raconte cette intermittente du spectacle.",
        {"Le confinement a permis d'en faire un projet familial": "Léa"},
    ),
    "a demonstrative's relative clause opening a sentence after a quotation holds names and commas of its own": (
        "Marie Durand a évoqué son avenir : « J'ai besoin d'interpréter d'autres personnages. » Celle qui est célèbre "
        "pour incarner Julie Morel, une fée qui aide les gens à gérer leurs problèmes quotidiens a également déclaré à "
        "la presse : « Nous avons encore de belles heures à vivre. »",
        {"Nous avons encore de belles heures à vivre.": "Marie Durand"},
    ),
    "a quotation inside a relative clause set off by commas keeps the head before it the verb's subject": (
        "La chroniqueuse, qui se félicite d'avoir « initié un mouvement », met en garde ses anciens camarades : « Ils "
        "vont devoir travailler ! »",
        {"Ils vont devoir travailler !": "la chroniqueuse"},
    ),
    "a person's noun means whom the sentence before brings in with an age, not an earlier speaker so described": (
        "« Je suis furieux », explique Paul Martin, un jeune homme venu voir ses parents. Beaucoup rentrent en France, "
        "comme Lucas, 23 ans, étudiant à Bristol. « Je ne peux pas travailler à distance », lance le jeune homme.",
        {"Je ne peux pas travailler à distance": "Lucas"},
    ),
    "mettre en exergue is a verb of saying": (
        "Des mesures pourraient être annoncées, selon des sources gouvernementales. « Le nombre de cas est en phase "
        "décroissante », a mis en exergue M. Paul Martin au micro d'une radio.",
        {"Le nombre de cas est en phase décroissante": "Paul Martin"},
    ),
    "an infinitive after avant de leans on the clause's subject": (
        "Interrogé sur le prix du pain, le député Marc Vautrin a d'abord contesté le chiffre : « ça dépend du "
        "quartier », avant de reconnaître son erreur : « je suis loin du compte ».",
        {"ça dépend du quartier": "Marc Vautrin", "je suis loin du compte": "Marc Vautrin"},
    ),
    "a long adverbial before the subject": (
        "« Le spectacle tournera jusqu'en mai », indique le journal local. Dans cette revue des grandes chansons "
        "des années soixante, le chanteur Louis Armand aura un souvenir pour chaque artiste. « Chaque chanson me "
        "rappelle un ami », a-t-il confié.",
        {"Chaque chanson me rappelle un ami": "Louis Armand"},
    ),
    "a noun after de that is also a verb form": (
        "« La menace est réelle », révèle vendredi l'attachée de presse de la présidence, Julie Martin.",
        {"La menace est réelle": "Julie Martin"},
    ),
    "a role's complement in sur, then the name": (
        "« Cette décision est inquiétante », a déclaré la chercheuse de l'ONG Témoin sur le pétrole Aline Fabre.",
        {"Cette décision est inquiétante": "Aline Fabre"},
    ),
    "s'animer after a quotation": (
        "« On ne peut pas simplement rouvrir », s'anime Yury Balan, propriétaire d'un salon. « Si un client tombe "
        "malade, on ne va pas rigoler. »",
        {"On ne peut pas simplement rouvrir": "Yury Balan", "Si un client tombe malade, on ne va pas rigoler.": "Yury Balan"},
    ),
    "a quotation, a colon, then who said it": (
        "« Je ne suis pas au-dessus des lois » : dans une lettre datée de jeudi, le président Marc Lenoir a répondu "
        "à la demande du malade.",
        {"Je ne suis pas au-dessus des lois": "Marc Lenoir"},
    ),
    "a role before an adjunct naming somebody else": (
        "« Il faut être ferme », a déclaré le ministre face à Jean-Jacques Bardin. « Faire respecter les règles "
        "est un honneur. »",
        {"Il faut être ferme": "le ministre", "Faire respecter les règles est un honneur.": "le ministre"},
    ),
    "an epithet points back to a person named before": (
        "Le comédien a longuement échangé avec Philippe Durand lundi. « La mobilisation doit continuer », avait "
        "tweeté dans la journée l'ancien candidat NPA.",
        {"La mobilisation doit continuer": "Philippe Durand"},
    ),
    "a role completing another holds the name": (
        "Le porte-parole du Premier ministre britannique Paul Harding a déclaré que le plan était « une mesure "
        "exceptionnelle ». « Le chef de la diplomatie Jean-Yves Lemaire a raison », a dit la ministre de la Santé "
        "Agnès Morin.",
        {"une mesure exceptionnelle": "le porte-parole du Premier ministre britannique",
         "Le chef de la diplomatie Jean-Yves Lemaire a raison": "Agnès Morin"},
    ),
    # K: a postposed attribution
    "no comma after the closing mark": (
        "La ministre Claire Oudin a visité l'usine. « Nous ne lâcherons rien sur ce dossier » a-t-elle martelé "
        "devant les grévistes.",
        {"Nous ne lâcherons rien sur ce dossier": "Claire Oudin"},
    ),
    "a capitalised speech verb before its subject after a quotation that ended its sentence": (
        "« Tu chantes faux », lance le professeur Paul Roux. « Je le sais. Mais j'adore cet air ! » Répond alors "
        "l'élève Marie Lenoir.",
        {"Je le sais. Mais j'adore cet air !": "Marie Lenoir"},
    ),
    "a group's name in quote marks heads the subject before a colon": (
        "La députée Anne Roux a admis : « Je ne connais pas le montant. » Scandalisés, les « gilets jaunes » lui ont "
        "alors rétorqué : « Vous vous rendez compte ? Vous êtes censée nous représenter. » En colère, l'un des « gilets "
        "jaunes » a quitté le plateau, avant de lâcher : « C'est hallucinant, tout simplement. »",
        {"Vous vous rendez compte ? Vous êtes censée nous représenter.": "les gilets jaunes",
         "C'est hallucinant, tout simplement.": "l'un des gilets jaunes"},
    ),
    "a former role's noun heads a subject that can speak": (
        "Les manifestants lui ont alors rétorqué : « Vous ne savez rien de nos vies. » L'ex-avocate a alors tenté de "
        "se rattraper : « Je sais que c'est difficile de vivre avec ça. »",
        {"Je sais que c'est difficile de vivre avec ça.": "l'ex-avocate"},
    ),
    "a description is not whom a present participle clause opening its sentence names": (
        "Interrogé par un journal, l'ancien ministre Thierry Dupont a plaidé pour un « rapprochement ». Affirmant que "
        "son parti n'a plus d'alliés après le rapprochement des centristes avec Paul Marin, l'ancien député de la "
        "Manche, battu aux législatives, a déclaré : « Peut-on arriver au pouvoir tout seuls ? La réponse est non. »",
        {"Peut-on arriver au pouvoir tout seuls ? La réponse est non.": "Thierry Dupont"},
    ),
    "the sentence after a quotation calls it words said by a passive verb's agent": (
        "« Je ne partirai jamais d'ici, jamais ». Cette phrase, rapportée par un quotidien, a été hurlée sur le quai "
        "par un homme de 23 ans.",
        {"Je ne partirai jamais d'ici, jamais": "un homme de 23 ans"},
    ),
    "a passive verb's agent in a clause of its own is not whose words the sentence calls them": (
        "« Le train ne viendra plus jamais ». Ces mots ont fait réagir la ministre Anne Roux, qui estime que le "
        "discours prononcé par le maire Paul Marin est faux.",
        {"Le train ne viendra plus jamais": None},
    ),
    "a noun before a verb and its preposition is no title of the name after them": (
        "La chanteuse et comédienne succède donc à Jean Roux, président du jury. Le concours aura lieu à Lyon. « Je "
        "suis une amie des femmes », confie la chanteuse.",
        {"Je suis une amie des femmes": "la chanteuse"},
    ),
    "a reflexive verb's clause before a name is no title of it": (
        "L'ancien Premier ministre s'est rangé derrière Alain Durand. Invité de la télévision, Paul Favier a estimé "
        "que Paul Roux est « face à sa conscience ». « Il faut une primaire ouverte », a déclaré l'ancien Premier "
        "ministre.",
        {"Il faut une primaire ouverte": "Paul Favier"},
    ),
    "a description is not whom the sentence before reports its speaker spoke of": (
        "Invité de la télévision, Paul Favier a estimé que Paul Roux est « face à sa conscience ». « Les statuts de "
        "notre formation prévoient qu'il doit quitter la présidence », a déclaré l'ancien ministre.",
        {"Les statuts de notre formation prévoient qu'il doit quitter la présidence": "Paul Favier"},
    ),
    "a body's name in quote marks completes the description after its verb": (
        "« On a été prévenus mardi soir de sa visite », a expliqué le président de « L'auberge des migrants » à un "
        "quotidien. « Nous avons tout fait pour les familles », poursuit le collectif « Justice pour Paul » sur son "
        "site. Le centre a fermé selon Bercy« Excessif », a taclé le ministère.",
        {"On a été prévenus mardi soir de sa visite": "le président de L'auberge des migrants",
         "Nous avons tout fait pour les familles": "collectif Justice pour Paul"},
    ),
    "the article's first quotation after a description that is the speech verb's subject": (
        "La direction a fermé le cinéma. Sur une radio locale, un de ses employés a expliqué son travail. « Une fois "
        "que j'ai trouvé le nid, j'y ai injecté un insecticide. »",
        {"Une fois que j'ai trouvé le nid, j'y ai injecté un insecticide.": "un de ses employés"},
    ),
    "the article's first quotation after a preposition's object before a speech verb": (
        "La chanteuse a rendu hommage à son ami sur Instagram a remarqué un magazine. « Cette semaine nous célébrons "
        "vingt ans d'amitié. »",
        {"Cette semaine nous célébrons vingt ans d'amitié.": None},
    ),
    "words a description addresses to somebody are not the last speaker's": (
        "Le député Paul Roux répond : « Faites du bon boulot et on vous soutiendra ! » Une réponse si surprenante que "
        "le journaliste lui demande : « Est-ce du second degré ? »",
        {"Est-ce du second degré ?": "le journaliste"},
    ),
    "a narrative infinitive after a quotation, its subject after a preposition": (
        "Le journaliste lui demande : « Est-ce du second degré ? » Et au député de répondre : « Pas du tout, je le "
        "pense vraiment. » La ministre Anne Roux a parlé ensuite. Et à Paul Marin de conclure : « Nous ne lâcherons "
        "rien sur ce dossier. »",
        {"Pas du tout, je le pense vraiment.": "le député", "Nous ne lâcherons rien sur ce dossier.": "Paul Marin"},
    ),
    "a person after à and an indefinite article is whom the inverted subject spoke to": (
        "Paul Marin a parlé du concert. « Vous chantez faux depuis vingt ans », a lancé l'écrivain à une Anne Roux "
        "complètement décontenancée.",
        {"Vous chantez faux depuis vingt ans": "Paul Marin"},
    ),
    "incise between verb and subject": (
        "« C'est un désastre pour toute la vallée », constate, amer, le maire Gaston Valette.",
        {"C'est un désastre pour toute la vallée": "Gaston Valette"},
    ),
    "an adjective between verb and subject, its first comma left out": (
        "« Nous avons presque été ruinés », raconte ému, Paul Marin, qui tient un restaurant. « Elle était notre "
        "maman », confie émue, la comédienne Anne Roux.",
        {"Nous avons presque été ruinés": "Paul Marin", "Elle était notre maman": "Anne Roux"},
    ),
    "sous couvert d'anonymat between verb and subject": (
        "« Comment travailler avec huit paires de gants ? », témoigne sous couvert d'anonymat une infirmière de "
        "l'hôpital de la ville.",
        {"Comment travailler avec huit paires de gants ?": "une infirmière de l'hôpital de la ville"},
    ),
    "adverbial between verb and subject": (
        "« Tout sera prêt pour septembre », a dit, à Angers, la ministre Claire Oudin.",
        {"Tout sera prêt pour septembre": "Claire Oudin"},
    ),
    # B: a quote with no cue continues the speaker
    "continuation past another name": (
        "« Nous avons doublé la production en deux ans », explique Lucien Arnoux, directeur de l’usine. Le site "
        "avait été racheté en 2019 par l’industriel Yannick Delorme. « Et ce n’est qu’un début, croyez-moi. »",
        {"Nous avons doublé la production en deux ans": "Lucien Arnoux",
         "Et ce n’est qu’un début, croyez-moi.": "Lucien Arnoux"},
    ),
    "headlines glued before a quote do not take the floor": (
        "« Nous avons touché le fond », a déclaré le capitaine Marc Ribes. « Ce soir, c'est inacceptable. » "
        "Paul Tessier rejoint le club comme directeur Hugo Brun prolonge son contrat « Le club a besoin de "
        "changements profonds, partout. »",
        {"Le club a besoin de changements profonds, partout.": "Marc Ribes"},
    ),
    "an incise names somebody": (
        "« La maladie reste rare », explique le docteur Paul Brunet. « Si une personne sur mille, même sur dix mille, "
        "développe des complications, cela fait des milliers de malades. »",
        {"Si une personne sur mille, même sur dix mille, développe des complications, cela fait des milliers de "
         "malades.": "Paul Brunet"},
    ),
    "a nested quotation does not end the speaker's turn early": (
        "« Il m'a dit : « sinon, le pays va s'effondrer », et je l'ai cru. Tout le monde y croyait à l'époque, "
        "même ses adversaires les plus farouches et les plus anciens du parti. Nous passions des nuits entières à "
        "refaire les comptes, à appeler les élus un par un, à chercher des voix dans chaque fédération, de la "
        "Bretagne jusqu'en Corse, sans jamais trouver la majorité qu'il nous fallait pour tenir jusqu'au bout. "
        "Personne ne dormait plus, personne ne mangeait plus, et chacun surveillait son voisin de table »,"
        " raconte l'élu Marc Tison. Le congrès avait été houleux. « Rien n'a changé depuis. »",
        {"Rien n'a changé depuis.": "Marc Tison"},
    ),
    "a name inside a quote is not an antecedent": (
        "« Si Martin veut partir, il partira. Personne ne le retiendra ici », a déclaré l'entraîneur Paul "
        "Girard. Interrogé sur son avenir, il a répondu : « Je reste jusqu'en juin, au moins. »",
        {"Si Martin veut partir, il partira. Personne ne le retiendra ici": "Paul Girard",
         "Je reste jusqu'en juin, au moins.": "Paul Girard"},
    ),
    "page furniture is nobody": (
        "« Le bilan est lourd pour la région », a déclaré le maire Victor Alleau. Lire aussi : « Nous "
        "reconstruirons tout, pierre après pierre, avec les habitants. »",
        {"Le bilan est lourd pour la région": "Victor Alleau",
         "Nous reconstruirons tout, pierre après pierre, avec les habitants.": "Victor Alleau"},
    ),
    "a new subject takes the floor": (
        "« Le festival a fait le plein cette année », se réjouit l'organisatrice Léa Brunet. Hugo Sorel est "
        "un peintre installé à Dakar depuis dix ans. « Je peins la ville comme je la vois chaque matin. »",
        {"Le festival a fait le plein cette année": "Léa Brunet",
         "Je peins la ville comme je la vois chaque matin.": "Hugo Sorel"},
    ),
    "a spokesperson is a person": (
        "Le porte-parole de l'opposition, Kouadio Brou, a appelé au calme. Selon le porte-parole de l'opposition, "
        "« plus de 80 % des électeurs ont boudé le scrutin ».",
        {"plus de 80 % des électeurs ont boudé le scrutin": "Kouadio Brou"},
    ),
    "a communiqué names its author": (
        "« Le conseil a approuvé le versement immédiat de la première tranche », indique un communiqué de la "
        "Banque mondiale.",
        {"Le conseil a approuvé le versement immédiat de la première tranche": "Banque mondiale"},
    ),
    "an inverted il after a colon line": (
        "« Nous avons perdu pied », a déclaré le capitaine Marc Olivier. Il a poursuivi : « Il faudra tout "
        "reprendre depuis le début. »",
        {"Nous avons perdu pied": "Marc Olivier", "Il faudra tout reprendre depuis le début.": "Marc Olivier"},
    ),
    "a name nobody lists, then its role": (
        "Oyelaran Tunde, responsable des études de l'institut, a déclaré que les prix « vont encore monter ».",
        {"vont encore monter": "Oyelaran Tunde"},
    ),
    "a connective before the subject a pronoun points back to": (
        "Le ministre Paul Girard a rejeté la demande qu'Armand Vidal lui avait adressée. « La loi ne le permet "
        "pas », a écrit M. Girard.Or M. Vidal, même s'il se dit « à bout de forces », ne peut pas le prouver.",
        {"La loi ne le permet pas": "Paul Girard", "à bout de forces": "Armand Vidal"},
    ),
    "a quotation, a colon, then a clause without a speech verb": (
        "« Je ne peux pas accéder à votre demande » : dans un courrier daté de lundi, la préfète Anne Collin a "
        "opposé un refus poli au maire.",
        {"Je ne peux pas accéder à votre demande": "Anne Collin"},
    ),
    "an epithet stands for the role named before": (
        "« Nous tiendrons », a déclaré le président Louis Marchand. Le ministre Paul Girard a détaillé les "
        "mesures : « Elles coûteront cher. » « Le pays sera prêt », a ajouté le chef de l'Etat.",
        {"Le pays sera prêt": "Louis Marchand"},
    ),
    "an epithet of the head of government": (
        "Le Premier ministre Henri Valade a reçu les syndicats. « Rien n'est décidé », a dit leur porte-parole "
        "Marc Tissier. « La réforme se fera », a répliqué le locataire de Matignon.",
        {"La réforme se fera": "Henri Valade"},
    ),
    "the inverted subject of a speech verb after que": (
        "Trois cliniques ont fermé, selon le syndicat Unison des soignants. Une mesure que déplore le porte-parole "
        "des services de santé de la région, Thabo Ndlovu. « C'est une crise mondiale », s'indigne-t-il. « Nous "
        "sommes prêts », assure pour sa part la porte-parole de la province.",
        {"C'est une crise mondiale": "Thabo Ndlovu", "Nous sommes prêts": "la porte-parole de la province"},
    ),
    "a body's proper name goes on past pour": (
        "Selon le Programme des Nations unies pour le développement, « la pauvreté recule ». L'Observatoire pour "
        "la qualité de l'air (OQA), basé à Lyon, a souligné que la pollution « a nettement baissé ».",
        {"la pauvreté recule": "Programme des Nations unies pour le développement",
         "a nettement baissé": "Observatoire pour la qualité de l'air"},
    ),
    "a relative after a noun that cannot speak and its complement that can": (
        "Faute de rival en raison du retrait de l'opposition, qui juge le scrutin « truqué », le sortant "
        "devrait l'emporter.",
        {"truqué": "l'opposition"},
    ),
    "a comma after qui opens the relative clause's own incise": (
        "Le président Oleg Vassiliev a parlé une heure. Il a répété que l'ordre mondial devait reposer sur « le "
        "droit et la justice » - ceci de la part d'un dirigeant qui, il y a un an, a lancé une offensive contre son "
        "voisin.",
        {"le droit et la justice": "Oleg Vassiliev"},
    ),
    "a stressed pronoun set off between parler and de": (
        "La démographe Irène Fabre parle, elle, d'une « vague qui ne faiblit pas », avec des familles qui "
        "« repoussent le premier enfant ».",
        {"vague qui ne faiblit pas": "Irène Fabre", "repoussent le premier enfant": "Irène Fabre"},
    ),
    "a medium that relays what the sentence's speaker said": (
        "La ministre Claire Oudin aurait demandé à ses services de « faire preuve de souplesse », rapporte "
        "Franceinfo. « Le pire est passé », rapporte Le Télégramme.",
        {"faire preuve de souplesse": "Claire Oudin", "Le pire est passé": "Le Télégramme"},
    ),
    "a quotation in an adverbial opening the sentence, the subject after it": (
        "Afin de « rendre visible la souffrance des malades », la militante Odile Rey publiera son journal.",
        {"rendre visible la souffrance des malades": "Odile Rey"},
    ),
    "a relative after a name and a place is about the name": (
        "Elle a contesté les propos de Bernard Lemoine à Quimper qui dénonçait un « abandon de l'Etat ».",
        {"abandon de l'Etat": "Bernard Lemoine"},
    ),
    "a name compared with is no antecedent": (
        "Le livre de Paul Girard dénonce des cadres qui gagnent davantage qu'Henri Marchal. « Je ne m'attendais "
        "pas à un tel déclin », écrit-il.",
        {"Je ne m'attendais pas à un tel déclin": "Paul Girard"},
    ),
    "a medium of one word, then a name nobody lists and its bare role": (
        "« Nous ne commentons pas », explique à L'Express Kossi Mensah, conseiller presse du ministre.",
        {"Nous ne commentons pas": "Kossi Mensah"},
    ),
    "a demonstrative after de is no time adverbial": (
        "« Les chiffres sont faux », révèle au journal l'un des auteurs de cette étude.",
        {"Les chiffres sont faux": "l'un des auteurs de cette étude"},
    ),
    "a participle apposition holding a place is no part of the subject": (
        "Drapeaux à la main, les grévistes, rassemblés devant la mairie de Rennes, scandaient « Retrait ! » "
        "sous la pluie.",
        {"Retrait !": "les grévistes"},
    ),
    "pour X opening a clause that has its own speaker": (
        "Pour le groupe des Verts, Julien Morel a jugé « inacceptable » cette réforme.",
        {"inacceptable": "Julien Morel"},
    ),
    "a gerund leans on the subject past an opening adverbial": (
        "En 2019, la maire Odile Vasseur a multiplié les sorties, en affirmant qu'elle ne « lâcherait rien, ni aux "
        "promoteurs, ni aux pessimistes ».",
        {"lâcherait rien, ni aux promoteurs, ni aux pessimistes": "Odile Vasseur"},
    ),
    "a line naming the speaker and a role, no verb, before the quotation": (
        "Le club a limogé son entraîneur. Réactions - Thierry Lemaire, ancien capitaine du club, sur Radio Sport "
        "« Nous l'attendions tous. C'est un énorme gâchis. » Paul Ndiaye, consultant, sur Canal Foot « Il fallait "
        "le garder une saison de plus. »",
        {"Nous l'attendions tous. C'est un énorme gâchis.": "Thierry Lemaire",
         "Il fallait le garder une saison de plus.": "Paul Ndiaye"},
    ),
    "the object of a verb of perception speaks": (
        "Le gardien a donné l'alerte. Il aurait entendu les deux cambrioleurs crier « On file ! » avant de voir "
        "un complice hurler « Démarre, vite ! » depuis la voiture.",
        {"On file !": "les deux cambrioleurs", "Démarre, vite !": "un complice"},
    ),
    "a lone first name after pour is a person, not a place": (
        "Le disque a été vite oublié. Mais pour Sandrine la blessure reste vive. « Je m'en veux encore », "
        "confie-t-elle.",
        {"Je m'en veux encore": "Sandrine"},
    ),
    "a role of several words is not its first word": (
        "Candidat aux élections, Marc Olier va affronter le jeune Secrétaire d'État Paul Girard. Réélu depuis 1997, le "
        "candidat a perdu ses nerfs face à une journaliste. « C'est difficile ? » lance la journaliste. « On a dit "
        "non ! » a répondu le Premier secrétaire du Parti radical en s'énervant.",
        {"On a dit non !": "le Premier secrétaire du Parti radical"},
    ),
    "an adverbial phrase with no comma before the subject": (
        "De son côté le porte-parole du groupe, Julien Arnaud, a affirmé qu'il n'y avait « rien d'illégal » dans ce "
        "montage.",
        {"rien d'illégal": "Julien Arnaud"},
    ),
    "a pronoun opening the article means the person named after it": (
        "Elle n'a jamais caché ses doutes. Dans un entretien à un magazine, elle confie : « J'ai longtemps "
        "hésité avant de remonter sur scène. » Son fils Hugo l'accompagne. Martine Lagarde présentera son spectacle "
        "en mars.",
        {"J'ai longtemps hésité avant de remonter sur scène.": "Martine Lagarde"},
    ),
    "a pronoun opening the article means the subject after a topic set before the main clause": (
        "« Personne n'a été oublié. Tout a été fait dans les règles », déplore-t-elle. Quant à ceux qui la "
        "critiquent, Julie Roux assure qu'ils n'ont rien lu.",
        {"Personne n'a été oublié. Tout a été fait dans les règles": "Julie Roux"},
    ),
    "a participle leans on the subject, not on a time phrase opening the sentence": (
        "La semaine dernière, lors du premier direct, le chanteur avait été critiqué par la presse, oubliant de "
        "voter, ou encore lançant un « Moi non plus, je ne vous aime pas » au public.",
        {"Moi non plus, je ne vous aime pas": "le chanteur"},
    ),
    "a noun of nationality points back like a role": (
        "Le dessinateur Paul Gérard n'a pas mâché ses mots. « C'est indécent », a-t-il confié. « Ils ont volé le "
        "peuple », a lâché le Belge, connu pour ses caricatures.",
        {"Ils ont volé le peuple": "Paul Gérard"},
    ),
    "a medium relaying words is not who il then means, nor a woman named before": (
        "Un homme harcelait la députée Martine Roux depuis des mois, rapporte Le Courrier, qui précise, citant une "
        "source policière, qu'il l'avait « suivie jusque chez elle ». En mars, le même homme l'avait encore "
        "menacée. Sur un réseau social, il avait ensuite écrit : « Tu vas le regretter très bientôt ».",
        {"Tu vas le regretter très bientôt": "le même homme"},
    ),
    "a place phrase opening the clause names the body an impersonal on speaks for": (
        "Le président Paul Roux a signé le texte lundi. Dans l'entourage du chef de l'État, on souligne que ce "
        "compromis est « le meilleur possible ». À Matignon, on assure que la réforme est « prête ».",
        {"le meilleur possible": "l'entourage du chef de l'État", "prête": "Matignon"},
    ),
    "a time phrase with its article between the verb and the inverted subject": (
        "« Les impôts n'augmenteront pas », a insisté le lendemain le ministre des Comptes publics Paul Girard.",
        {"Les impôts n'augmenteront pas": "Paul Girard"},
    ),
    "a time relative to another between the verb and the inverted subject": (
        "Le maire Luc Perrin a réclamé une enquête. « Le budget sera tenu », avait lancé quelques minutes plus "
        "tard le président du conseil Jean Fabre. « Rien ne change », a répondu plus tard le "
        "préfet, Marc Olier. « Nous restons », ont assuré plusieurs témoins.",
        {"Le budget sera tenu": "Jean Fabre", "Rien ne change": "Marc Olier",
         "Nous restons": "plusieurs témoins"},
    ),
    "a portfolio's capitalised name goes on past its preposition to the name in apposition": (
        "« Le texte sera voté avant l'été », a rappelé jeudi le ministre des Relations avec les Collectivités, "
        "Marc Fesson.",
        {"Le texte sera voté avant l'été": "Marc Fesson"},
    ),
    "a document speaks for whoever spoke through a document of its kind": (
        "La piscine restera fermée jusqu'à lundi, ont indiqué samedi les services de la mairie dans un "
        "communiqué. « Deux agents sont malades », précise le communiqué. Le tribunal a fermé l'usine, a "
        "annoncé le procureur Paul Vernet dans un communiqué. « Les faits sont graves », ajoute le communiqué.",
        {"Deux agents sont malades": "les services de la mairie", "Les faits sont graves": "Paul Vernet"},
    ),
    "a document's noun as a participle tells nobody spoke through it": (
        "« Le bilan est lourd », a déclaré Jean Roux en présentant le bilan communiqué lundi. « Mille malades sont "
        "hospitalisés », selon le communiqué.",
        {"Mille malades sont hospitalisés": "le communiqué"},
    ),
    "a medium with its article between the verb and the inverted subject": (
        "« Les complications arriveront », détaille pour l'AFP Marc Olier, spécialiste des maladies infectieuses. "
        "« C'est grave », confie pour le Courrier picard une voisine.",
        {"Les complications arriveront": "Marc Olier", "C'est grave": "une voisine"},
    ),
    "a place's gloss in brackets inside the adjunct before the inverted subject": (
        "« Nous signerons l'accord », a annoncé depuis Lima (capitale du Pérou) Jean Fabre après la réunion.",
        {"Nous signerons l'accord": "Jean Fabre"},
    ),
    "a selon-like phrase right before the marks tells whose words, not a pour-phrase after them": (
        "« C'est une victoire », a estimé le maire Paul Roux. Cette décision est selon lui « une bonne nouvelle » "
        "pour la préfète de région. « La commune a trop attendu », a-t-il regretté.",
        {"une bonne nouvelle": "Paul Roux", "La commune a trop attendu": "Paul Roux"},
    ),
    "a habit of saying is a cue": (
        "Le ministre Paul Roux doute de la méthode. Sa rivale Sophie Lenoir s'en amuse. « On verra bien », "
        "a-t-il pris l'habitude de répéter.",
        {"On verra bien": "Paul Roux"},
    ),
    "a medium's name after its noun is not the name of the person told it": (
        "« Ils sont très heureux ensemble », a confié un proche au magazine Gala. « Bravo », a lancé la "
        "chercheuse du CNRS sur le pétrole Natasha White.",
        {"Ils sont très heureux ensemble": "un proche", "Bravo": "Natasha White"},
    ),
    "a piece of information speaks for its author, past whom it was told": (
        "« Nous portons plainte », a dit le comité Arc-en-ciel. L'agression a été menée par trois hommes, selon une "
        "information confirmée à l'AFP par une source policière. Selon cette même source, « la victime a porté "
        "plainte le lendemain ». Le gardien serait « en fuite », selon les informations du Courrier picard.",
        {"la victime a porté plainte le lendemain": "une source policière", "en fuite": "Courrier picard"},
    ),
    "a heading run into the sentence it tops ends before the capitalised article": (
        "Les écoles rouvriront, a assuré le maire Paul Roux.Soutenir les commerces Le maire a par ailleurs "
        "annoncé un fonds : « Nous aiderons chaque boutique du centre ».",
        {"Nous aiderons chaque boutique du centre": "Paul Roux"},
    ),
    "a pour-phrase after marks inside a sentence names whom it is for, unless a person": (
        "Le gouvernement promet une « revalorisation des carrières » pour les personnels hospitaliers, a déclaré le "
        "ministre Paul Roux. La situation reste « très inquiétante » pour le cancérologue Axel Kern.",
        {"revalorisation des carrières": "Paul Roux", "très inquiétante": "Axel Kern"},
    ),
    "a head of state's epithet means the subject the sentence before names, not a president named earlier": (
        "« Ce pays finance la guerre », a estimé le président voisin Hafez Nasri. Mardi, Paul Vernet a jugé ces "
        "propos inadmissibles. « Nous restons fermes », a déclaré le chef de l'État. Il a ensuite parlé avec "
        "Louis Germain, 95 ans, ancien résistant. « Votre exemple nous guide », a dit le chef de l'État.",
        {"Nous restons fermes": "Paul Vernet", "Votre exemple nous guide": "Paul Vernet"},
    ),
    "a partial a clause of que gives to its subject does not take the floor": (
        "« Nous aidons les paysans », a affirmé le ministre Paul Roux, en parlant des milices que Moscou qualifie "
        "de « bandits ». « Notre position ne bougera pas », a-t-il ajouté.",
        {"Notre position ne bougera pas": "Paul Roux"},
    ),
    "two words of a role joined by a coordinator before its complement": (
        "« Il faut agir », a dit la responsable du service, Julie Vernet. « Les familles attendent », a écrit la "
        "responsable du pôle médical et social de la mairie, Anne Bonnard.",
        {"Les familles attendent": "Anne Bonnard"},
    ),
    "a role's preposition before a word in lower case is no portfolio's": (
        "« Je regrette », a dit le ministre de l'Intérieur avec son homologue Anne Vidal à ses côtés.",
        {"Je regrette": "le ministre de l'Intérieur"},
    ),
    "a feminine noun says nothing of the person's gender": (
        "Deux festivals ont déprogrammé la star, Bertrand Lamy, qui a annoncé qu'il renonçait. « Je me retire "
        "de tous les festivals », a-t-il déclaré.",
        {"Je me retire de tous les festivals": "Bertrand Lamy"},
    ),
    "a clause before a colon with no speech verb gives its pronoun subject": (
        "Le chanteur Paul Sorel sort un album. « Je l'aime bien », dit-il. Il y aborde des thèmes graves : « La "
        "guerre, la peur, l'exil. »",
        {"La guerre, la peur, l'exil.": "Paul Sorel"},
    ),
    "narrative infinitive": (
        "« Les prix ont doublé en un an », a confié une commerçante. Une autre de renchérir : « Personne ne "
        "peut suivre à ce rythme. »",
        {"Les prix ont doublé en un an": "une commerçante", "Personne ne peut suivre à ce rythme.": "une autre"},
    ),
    "a relative clause between the subject and a verb that takes an object": (
        "« Rien n'est prouvé », a déclaré l'avocat de la fille de la victime, Paul Durand. « Tout est clair », a "
        "assuré le procureur Jean Roux. L'avocat, qui dénonce « une enquête bâclée », a également réclamé le "
        "renvoi du procès. « Nous irons jusqu'au bout », a-t-il insisté.",
        {"une enquête bâclée": "Paul Durand", "Nous irons jusqu'au bout": "Paul Durand"},
    ),
    "an object pronoun between the closing mark and the inverted verb": (
        "Le chanteur Paul Roux parle de politique. « Vous pourriez voter pour lui ? », l'interroge la journaliste "
        "Marie Lenoir. « Je ne sais pas », lui répond-il.",
        {"Vous pourriez voter pour lui ?": "Marie Lenoir", "Je ne sais pas": "Paul Roux"},
    ),
    "a link of several words after the quotation's full stop": (
        "« Nous ne céderons pas ». C'est en ces termes qu'a réagi la ministre Anne Roux. « La fête aura lieu ». "
        "C'est avec ces mots que le maire Henri Vidal s'est exprimé. « Rien ne presse ». Voilà ce qu'a répondu Léa "
        "Morel à son rival.",
        {"Nous ne céderons pas": "Anne Roux", "La fête aura lieu": "Henri Vidal", "Rien ne presse": "Léa Morel"},
    ),
    "a caption run into the text, then the speaker back as a subject": (
        "« Il faut agir vite », a déclaré l'économiste Paul Martin. Jean Roux présente son plan aux députéspar la "
        "chaîne (en direct)L'économiste n'épargne pas les élus, dont l'action « a freiné la réforme ». « Sans eux, "
        "tout irait mieux. »",
        {"a freiné la réforme": "Paul Martin", "Sans eux, tout irait mieux.": "Paul Martin"},
    ),
    "a speaker's name inside another name is no third person": (
        "« Il faut changer », estime Claire Morel. « Chaque voix qui ira à Paul Roux aidera le maire sortant. La "
        "seule alternance, ce sont les listes Morel Pour Lyon. »",
        {"Chaque voix qui ira à Paul Roux aidera le maire sortant. La seule alternance, ce sont les listes Morel "
         "Pour Lyon.": "Claire Morel"},
    ),
    "a quotation opening the article, then the sentence whose subject said it": (
        "« On n'est rien sans nos voisins ». Paul Roux était l'invité de la radio mercredi. Il a appelé à voter. "
        "« On est en danger, on n'est rien sans nos voisins. »",
        {"On n'est rien sans nos voisins": "Paul Roux", "On est en danger, on n'est rien sans nos voisins.": "Paul Roux"},
    ),
    "a reply of somebody before a colon": (
        "La chanteuse Claire Morel a été interrogée lundi. Réponse de la chanteuse : « Je ne regrette rien ».",
        {"Je ne regrette rien": "Claire Morel"},
    ),
    "a demonstrative on a noun of a person points back to the person named before": (
        "Parmi les bénévoles, Paul Martin dit s'être « porté volontaire » dès mars. « Je voulais être utile », "
        "affirme ce Lyonnais de 58 ans. Son voisin, Marc Petit, se tait. « J'ai tout donné », dit ce retraité.",
        {"Je voulais être utile": "Paul Martin", "J'ai tout donné": "Marc Petit"},
    ),
    "a demonstrative of the other gender does not point back": (
        "Paul Martin a ouvert la réunion. « Nous tiendrons bon », a lancé cette retraitée de 70 ans.",
        {"Nous tiendrons bon": "cette retraitée de 70 ans"},
    ),
    "a demonstrative on a thing points back to nobody": (
        "Paul Martin a présenté un rapport. « Les coûts explosent », note ce rapport.",
        {"Les coûts explosent": "ce rapport"},
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_speaker_of_every_quote(name):
    text, expected = CASES[name]
    found = {q.quote: q for q in quotations(text)}
    for quote, speaker in expected.items():
        assert quote in found, (quote, list(found))
        assert speaker_is_right(found[quote].speaker, speaker), (quote, found[quote].speaker, speaker)


def test_a_surname_s_article_after_a_civil_title_stays_in_the_name():
    assert [q.speaker for q in quotations("« Le pays va mieux », a déclaré Mme Le Gall.")] == ["Le Gall"]


def test_plus_signs_of_figures_and_names_quote_nothing():
    assert quotations("Le chiffre d'affaires a progressé de +3 % et Canal+ a gagné des abonnés, +12 000 en un mois.") == []


def test_a_term_after_an_article_is_nobody_s_words():
    text = "Le ministre a reçu lundi des représentants des « bonnets rouges » et des élus bretons."
    assert [q.quote for q in quotations(text)] == []


def test_a_term_a_noun_is_of_is_nobody_s_words():
    text = ("La ministre a salué lundi la colère des « bonnets rouges » et promis la fin du « mille-feuille "
            "administratif ». Elle a dénoncé les « excès de zèle » des services.")
    quotes = {q.quote for q in quotations(text)}
    assert quotes == {"excès de zèle"}


def test_words_read_on_a_sign_are_nobody_s_but_a_statement_read_is_its_author_s():
    text = ("Les grévistes ont défilé lundi. « Nos salaires, pas vos profits », pouvait-on lire sur les pancartes. "
            "Le syndicat a publié un texte. « Nous ne céderons pas », peut-on lire dans le communiqué du syndicat.")
    quotes = {q.quote for q in quotations(text)}
    assert quotes == {"Nous ne céderons pas"}


def test_an_impersonal_on_after_a_person_is_nobody():
    text = ("« Le dossier avance », a déclaré le ministre Paul Roux. Dans le tract distribué aux passants, peut-on lire : "
            "« Non à la fermeture de notre usine ».")
    found = {q.quote: q.speaker for q in quotations(text)}
    assert found == {"Le dossier avance": "Paul Roux", "Non à la fermeture de notre usine": None}


@pytest.mark.parametrize("text", [
    "Dans les transports, le trafic sera « encore très perturbé » vendredi.",
    "Le chiffre est obtenu « en déduisant les embauches des suppressions d'emplois ».",
])
def test_a_subject_that_names_nobody_says_nothing(text):
    found = quotations(text)
    assert all(q.speaker is None for q in found), [(q.quote, q.speaker) for q in found]


def test_a_noun_after_its_article_is_no_speech_verb():
    text = ("Une alerte mondiale a été émise concernant quatre sirops après que l'OMS a averti qu'ils pourraient "
            "être liés à des décès.")
    reported = quotations(text, ("indirect",))
    assert [(q.speaker, q.cue) for q in reported] == [("OMS", "avertir")]


def test_a_term_far_from_the_cue_is_nobody_s_words():
    text = ("L'alliance a condamné lundi les affirmations infondées du voisin selon lesquelles l'armée pourrait "
            "utiliser une « bombe sale » dans la région.")
    assert [q.quote for q in quotations(text)] == []


def test_selon_opens_reported_speech():
    text = "Mais selon le syndicat des pilotes, la sécurité des vols n'est plus garantie."
    (reported,) = quotations(text, ("indirect",))
    assert (reported.quote, reported.speaker, reported.cue) == (
        "la sécurité des vols n'est plus garantie", "le syndicat des pilotes", "selon")


def test_a_name_and_its_verb_before_de_are_no_narrative_infinitive_s_subject():
    text = ("Le vice-ministre Paul Roux a parlé des restrictions. Et Chypre envisage d'ajouter sur la liste des pays "
            "autorisés le Royaume-Uni « vers la mi-juillet », ainsi que la Russie.")
    assert all("envisage" not in (q.speaker or "") for q in quotations(text))


def test_a_sub_heading_between_dashes_is_the_words_it_repeats():
    text = ("« Nous avons tout donné », a déclaré l'entraîneur Paul Marin lundi. - « Travail sans relâche » -La "
            "présidente Anne Morel a écrit aux joueurs : « On travaille sans relâche dans ce club. » - « L'enfer ? » -"
            "Le club a perdu ses trois derniers matches.")
    found = {q.quote: (q.kind, q.speaker) for q in quotations(text)}
    assert found["Travail sans relâche"] == ("direct", "Anne Morel")
    assert found["L'enfer ?"] == ("direct", None)


def test_a_one_word_sub_heading_the_text_writes_in_lowercase_is_a_quotation_not_a_name():
    """A heading's capital is its position's: the word written lowercase elsewhere is a common word; a name is not."""
    text = ("Le patient a été transporté à Berlin. - « Empoisonnement » -Son épouse affirme qu'il a été victime d'un "
            "« empoisonnement volontaire ». - « Charité » -Les bénévoles de l'association Charité ont défilé.")
    found = {q.quote: (q.kind, q.speaker) for q in quotations(text)}
    assert found["Empoisonnement"] == ("direct", "son épouse")
    assert "Charité" not in found


def test_a_sub_heading_is_the_words_of_the_nearest_quotation_after_it_that_holds_them():
    """Its words read without their punctuation (`un enfer.`), the section it opens first (not an earlier
    quotation sharing a word or two with it)."""
    text = ("« Les masques ne sont pas utiles », a dit la porte-parole Anne Morel. - « Mettez des masques » - "
            "Le ton a changé en juillet. « Mettez des masques, tout le monde ! », a lancé le ministre Paul Marin. "
            "- « Un enfer » - « On ne veut pas qu'ils se jettent dans un enfer. », a dit le médecin Jean Roux.")
    found = {q.quote: q.speaker for q in quotations(text)}
    assert found["Mettez des masques"] == "Paul Marin"
    assert found["Un enfer"] == "Jean Roux"


def test_a_sub_heading_run_into_the_text_is_the_words_of_the_quotation_it_announces():
    text = ("« Le dossier est clos », a raconté la juge Claire Dumas.« J'ai perdu mon frère »Le procès s'est ouvert "
            "lundi. « Le dossier avance », avait déclaré l'avocat Paul Marin au début du mois. « J'ai perdu mon "
            "frère et maintenant je vois mes parents souffrir. »")
    found = {q.quote: q.speaker for q in quotations(text)}
    assert found["J'ai perdu mon frère"] == "Paul Marin"


def test_a_party_after_a_role_is_not_the_speaker():
    text = "« La mobilisation doit continuer », a tweeté dans la journée l'ancien candidat NPA."
    (quote,) = quotations(text)
    assert (quote.speaker, quote.speaker_kind) == ("l'ancien candidat NPA", "person")


@pytest.mark.parametrize("text, speaker", [
    ("« Nous irons sur la Lune », a déclaré John F. Kennedy devant le Congrès.", "John F. Kennedy"),
    ("« J'ai tout perdu dans l'incendie », raconte B. C., 45 ans, habitante du quartier.", "B. C."),
    ("« Les prix vont baisser », affirme Le Parisien.", "Le Parisien"),
    ("« Le texte est mauvais », affirme L'Express.", "L'Express"),
    ("« Nous voterons contre », a déclaré le député de la France insoumise Éric Coquet.", "Éric Coquet"),
    ("« Nous voterons contre », a déclaré un élu de la France insoumise.", "un élu de la France insoumise"),
    ("« Le vaccin sera gratuit », a assuré le ministre de la Santé.", "le ministre de la Santé"),
    ("« Le Pentagone ne commente pas », a indiqué le Pentagone.", "Pentagone"),
    ("« Pour le test, je suis d'accord », dit un Camerounais.", "un Camerounais"),
    ("La directrice de l'agence va lancer « un audit général » des comptes.", "la directrice de l'agence"),
    ("Le maire de la ville doit présenter « un plan massif » lundi.", "le maire de la ville"),
    ("« Ils l'ont frappé », crie un passant qui tente de lui venir en aide.", "un passant"),
    ("« Personne ne nous a prévenus », a dit l'une des mères qui attendaient devant l'école.",
     "l'une des mères qui attendaient devant l'école"),
    ("« On a tout perdu dans l'incendie », raconte une habitante contactée par l'AFP.",
     "une habitante contactée par l'AFP"),
    ("« Il voulait garder son logement », fulmine un témoin joint par Le Parisien.", "un témoin joint par Le Parisien"),
    ("« Ils sont arrivés trop tard », lâche un voisin interrogé par la radio.", "un voisin interrogé par la radio"),
    ("« Nous attendrons », a dit Paul Marchand, interrogé par la radio.", "Paul Marchand"),
    ("« Je n'avais pas d'argent à lui donner », explique le jeune homme à France 3.", "le jeune homme"),
    ("« Les naissances diminuent », relèvent les Centres de prévention et de lutte contre les maladies (CDC).",
     "Centres de prévention et de lutte contre les maladies"),
    ("« Nous avons gagné », a dit Le Parisien avant que la Cour de justice (CJUE) ne tranche.", "Le Parisien"),
    ("« Les arbres souffrent », explique le Cirad contacté par la radio.", "Cirad"),
    ("« Les arbres souffrent », explique un chercheur du Cirad contacté par France Bleu.",
     "un chercheur du Cirad contacté par France Bleu"),
    ("« On pourrait y manger par terre », écrit encore le gardé à vue.", "le gardé à vue"),
    ("« Les loyers seront gelés », indique le bailleur 3F.", "le bailleur 3F"),
    ("« Le journal sera plus court », a confié la rédactrice en chef du 20H Agnès Morel.", "Agnès Morel"),
    ("« Nous n'avons pas dédouané la police », a déclaré la patronne de l'Inspection générale de la police nationale "
     "(IGPN) Brigitte Morel.", "Brigitte Morel"),
    # a dash set off by spaces ends a name (a dateline, an aside between dashes)
    ("Paul Morel - Brestois de naissance et ancien marin - vit près du port. « J'ai toujours aimé la mer », "
     "raconte-t-il.", "Paul Morel"),
    # a role's domain in lower case after `à`, then the name in apposition (`Pour …, X, « … »`)
    ("Pour le haut commissaire à la santé de Lille, Marc Petit, « un seul cas est avéré ».", "Marc Petit"),
    ("Pour la secrétaire d'État à l'énergie, Anne Morel, « rien ne presse ».", "Anne Morel"),
    # a first name after a school's, a hospital's or a university's noun names the place, not who works there (but
    # a role's holder after a role: `le directeur de l'école X`)
    ("« Nous avons eu très peur », a déclaré une enseignante au lycée Victor Hugo.",
     "une enseignante au lycée Victor Hugo"),
    ("« On ne savait rien », raconte un élève du lycée Victor Hugo.", "un élève du lycée Victor Hugo"),
    ("« La décision est une erreur », juge un chirurgien à l'hôpital Georges Pompidou.",
     "un chirurgien à l'hôpital Georges Pompidou"),
    ("« Nous rouvrirons lundi », a annoncé le directeur de l'école Paul Morel.", "Paul Morel"),
    ("« Rien ne sera plus comme avant », a ajouté le médecin de l'université Paul Valéry, Marc Petit.", "Marc Petit"),
    ("« Je suis choquée », a affirmé l'élue PS de la Réunion.", "l'élue PS de la Réunion"),
    ("« Le texte est flou », a jugé l'adjoint PS du Gard.", "l'adjoint PS du Gard"),
    ("« Le cas le plus flagrant, c'est celui des morts », renchérit un autre chercheur opposé au confinement, "
     "Marc Olivier.", "Marc Olivier"),
    ("« Nos gouvernements se sont engagés », a déclaré la responsable de l'OMS pour l'Afrique, le Dr Amara Koné, "
     "lors d'un échange avec la presse.", "Amara Koné"),
    ("« Il ne s'est jamais comporté en nationaliste », abonde le président de l'Amicale des maires et anciens "
     "maires ruraux, Paul Morel.", "Paul Morel"),
    ("« Il est mort, je ne peux pas engager de poursuites », a déclaré le procureur en charge de l'affaire Paul "
     "Morel, lors d'une conférence.", "Paul Morel"),
    ("« C'était dans le même journal », s'est expliqué l'animateur du 19 Heures de Télé Lyon.",
     "l'animateur du 19 Heures de Télé Lyon"),
    ("« Nos chiffres sont solides », a assuré le collectif Covid-19 Martinique.", "Covid-19 Martinique"),
    # a complement after a role's noun is no subject, a place's name in it or not
    ("Au cœur de la polémique, cet ancien professeur à l'université Paris-Dauphine a annoncé : « Je pars. »",
     "cet ancien professeur à l'université Paris-Dauphine"),
    ("Un chercheur au CNRS a déclaré : « Cette méthode n'est pas nouvelle. »", "un chercheur au CNRS"),
    # a preposition's object closing an aside set off by commas is not the subject before the verb
    ("Claire Morel sourit, avant que son mari, debout à ses côtés, ajoute : « Attention à ce qui peut arriver ».",
     "son mari"),
    # a role's complement goes on past a party's name written in lower case, to its holder's name
    ("« C'est un homme d'expérience », a éludé dimanche le président La République en marche de l'Assemblée "
     "nationale Paul Roux dans l'émission.", "Paul Roux"),
    # one capitalised word after a preposition's article inside a role is its object, no one's name
    ("« C'est ça », a ajouté le secrétaire d'État chargé des Relations avec le Parlement.",
     "le secrétaire d'État chargé des Relations avec le Parlement"),
    # a first name inside a place's name opens no person's
    ("« La haine se cache », a dit le candidat démocrate à la Maison Blanche Joe Biden.", "Joe Biden"),
    # a participle after a speaker's noun describes them: its complement is no subject
    ("Un magistrat spécialisé dans les affaires douanières avait déclaré : « Cette méthode n'est pas nouvelle. »",
     "un magistrat spécialisé dans les affaires douanières"),
    ("Une habitante installée dans le quartier a raconté : « Les bateaux passent la nuit. »",
     "une habitante installée dans le quartier"),
    # a former tie's description completed by a person's name is not that person
    ("Dominique Martin est accusé. « Elle m'a dit qu'elle avait vu des filles », a expliqué l'ex-femme de Dominique "
     "Martin.", "l'ex-femme de Dominique Martin"),
    # a verb taking an infinitive after a preposition begins the clause: the subject before it is over
    ("Des milliers de manifestants ont défilé. Le président du parti refuse de parler de violences. « La police "
     "rassure », a-t-il martelé.", "le président du parti"),
    # the agent after a participle's `par` is not the person described
    ("« Les centrales sont vulnérables », assure un expert mandaté par Greenpeace.", "un expert mandaté par Greenpeace"),
    # a subordinator elided before a vowel opens a clause: the subject before it is over
    ("« Il ne sait pas quoi faire d'elle », a réagi son porte-parole lorsqu'elle était candidate.", "son porte-parole"),
])
def test_speaker_phrases_of_the_right_extent(text, speaker):
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_a_role_completing_another_is_no_part_of_the_speaker_s_name():
    text = ("Le porte-parole du Premier ministre britannique Paul Harding a déclaré que le plan était "
            "« une mesure exceptionnelle ».")
    (quote,) = quotations(text)
    assert quote.speaker == "le porte-parole du Premier ministre britannique"


def test_a_country_that_is_also_a_first_name_is_nobody():
    text = ("Les orages ont frappé le sud de la France lundi. « Les pluies vont faiblir », prévoit Météo France. "
            "« Elle a raison », a ajouté sur France 3 un habitant.")
    speakers = [q.speaker for q in quotations(text)]
    assert speakers == ["Météo France", "un habitant"]


@pytest.mark.parametrize("text", [
    "Le juge a rejeté jeudi la demande de l'acteur que soient publiées « toutes les pièces du dossier ».",
    "Q : Pourquoi est-ce si important ? R : « Parce que la biodiversité s'effondre partout. »",
    "Tout en condamnant les violences, le maire a dit comprendre une « colère légitime ».",
    "Interrogé pour savoir si « une nouvelle équipe arrivera », le ministre n'a pas répondu.",
])
def test_no_article_pronoun_letter_or_clause_is_a_speaker(text):
    speakers = {q.speaker for q in quotations(text)}
    assert not speakers & {"la", "le", "l'", "R", "Tout", "Interrogé"}, speakers


def test_a_civil_title_s_gender_picks_the_person_of_that_surname():
    text = ("« Je ne me présenterai pas », a déclaré Mme Vasseur sur France Inter. Son père, Jacques Vasseur, "
            "fut maire de la ville. Sa fille Claude Vasseur, qui dirige la fondation familiale, a ajouté : "
            "« J'y réfléchis. » « Ce serait un honneur », a-t-elle confié.")
    speakers = [q.speaker for q in quotations(text)]
    assert speakers == ["Claude Vasseur", "Claude Vasseur", "Claude Vasseur"]


def test_a_capital_a_without_its_accent_opens_an_adverbial_not_a_speaker():
    text = "A Lyon, le trafic sera « fortement perturbé » samedi, selon la SNCF."
    (quote,) = quotations(text)
    assert quote.speaker == "SNCF"
    text = "La grève continue. A Lyon, le trafic sera « fortement perturbé » samedi."
    assert all(q.speaker != "A Lyon" for q in quotations(text, QUOTE_KINDS))


def test_a_nickname_inside_a_line_naming_somebody_is_not_his_words():
    text = ("Le tableau a été retrouvé. Arthur Dufour, surnommé l'« Indiana Jones de l'art » par la presse, "
            "l'a rendu au musée.")
    assert all(q.speaker != "Arthur Dufour" for q in quotations(text, QUOTE_KINDS))


def test_a_description_of_another_role_is_not_the_one_known_only_by_a_description():
    text = ("Alors que son ministre de l'Intérieur jugeait la mesure « prématurée », le Premier ministre a assuré "
            "qu'il n'y avait qu'« une seule ligne » au gouvernement.")
    speakers = [q.speaker for q in quotations(text)]
    assert speakers == ["son ministre de l'Intérieur", "le Premier ministre"]


def test_a_name_opening_with_an_initial_heads_its_apposition_and_is_a_person():
    text = ("Par ailleurs, R. Lemarchand, cofondatrice d'un collectif à Lyon, a indiqué à la radio, « nous allons "
            "porter plainte pour chaque blessé ».")
    (quote,) = quotations(text)
    assert (quote.speaker, quote.speaker_kind) == ("R. Lemarchand", "person")


def test_a_description_by_kind_of_body_is_the_body_that_spoke_before():
    text = ("« Les rivières meurent en silence », a déclaré Terre Vive. « Il faut agir vite », ajoute l'association. "
            "« Nous irons au bout », affirme la CGT. « Le texte sera voté », a répondu le gouvernement. "
            "« Le paludisme recule », dit le Dr Sall.")
    found = {q.quote: (q.speaker, q.speaker_kind) for q in quotations(text, QUOTE_KINDS)
             if q.kind != "indirect"}
    assert found["Il faut agir vite"] == ("Terre Vive", "organisation")
    assert found["Le texte sera voté"][0] == "le gouvernement"  # a body named by its description, not the CGT
    assert found["Le paludisme recule"] == ("Sall", "person")


def test_a_civil_title_before_a_name_with_a_particle_is_that_person():
    text = ("« Nous tenons bon », a souligné Armelle de Guibert, déléguée générale. Pour Mme de Guibert, l'enjeu est "
            "de « tenir la distance ».")
    found = {q.quote: (q.speaker, q.speaker_kind) for q in quotations(text, QUOTE_KINDS)}
    assert found["tenir la distance"] == ("Armelle de Guibert", "person")


@pytest.mark.parametrize("text, speaker", [
    ("La ministre des Transports Claire Dumas s'était montrée rassurante, dans une interview à la radio : "
     "« Les régions savent que nous comptons sur les trains. »", "Claire Dumas"),
    ("Le maire Paul Morel a été clair devant le conseil municipal : « Nous ne céderons pas sur ce projet. »",
     "Paul Morel"),
    ("Paul Morel était catégorique : « Nous ne céderons pas sur ce projet. »", "Paul Morel"),
    ("Paul Morel est content : « Nous ne céderons pas sur ce projet. »", "Paul Morel"),
    ("Paul Morel a terminé par ces mots : « Nous ne céderons pas sur ce projet. »", "Paul Morel"),
    ("Les deux récits se ressemblent et Paul Morel a conclu ironiquement son intervention en ces termes : « Nous ne "
     "céderons pas sur ce projet. »", "Paul Morel"),
    ("L'œuvre est illustrée par la phrase : « Contre le racisme et les violences. »", None),
    ("Attablé au fond de la salle, Karim, un plombier, est content de pouvoir sortir ce soir : « Les gens peuvent "
     "enfin se détendre. »", "Karim"),
    ("Sa femme, Claire, appelle les secours. Finalement, elle use d'une formule bien connue : « Allez, tu vas te "
     "réveiller ! »", "Claire"),
    ("Le bilan est très lourd : « Nous ne céderons pas sur ce projet. »", None),
    ("Les consignes du syndicat sont : « On ne lâche rien et on continue. »", None),
    ("Les familles ont été recrutées par tous les moyens : « Le plus simple, ce sont les réseaux. »", None),
    ("Claire Dumas rentre chez elle et découvre une affiche dans le hall : « Les malades sont priés de partir. »",
     None),
])
def test_a_colon_ending_a_clause_gives_the_quotation_to_its_subject(text, speaker):
    """A colon frame with no speech verb: the subject speaks if it can and the clause is no copula,
    passive or sign; where the subject ends must be known."""
    (quote,) = quotations(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Des sportifs rendent hommage à Paul Morel, un ouvrier de 46 ans, décédé le 25 mai à Lyon en répétant "
     "« Je ne peux pas respirer ».", "Paul Morel"),
    ("Mais la candidate Claire Dumas, épaulée par le maire sortant, a refusé sa défaite, assurant qu'il n'y avait "
     "« pas de majorité » au conseil.", "Claire Dumas"),
    ("L'ancienne ministre Claire Dumas a, elle, critiqué ce projet, exhortant à une « action rapide ».",
     "Claire Dumas"),
])
def test_a_gerund_inside_a_participle_apposition_leans_on_the_name_it_describes(text, speaker):
    (quote,) = quotations(text)
    assert quote.speaker == speaker and "a" not in quote.mention.split()


def test_pour_names_a_speaker_by_its_head_not_a_word_deep_in_its_complement():
    text = ("Le chef de la mission, Paul Morel, a assuré que le lancement avait « renforcé la confiance » pour les "
            "prochaines étapes du programme.")
    (quote,) = quotations(text)
    assert (quote.speaker, quote.cue) == ("Paul Morel", "assurer")


def test_a_reflexive_pronoun_opening_a_sentence_is_no_speaker():
    text = ("« Il y a des exemptions à la vaccination », a déclaré le Premier ministre Paul Morel. Se faire vacciner "
            "devrait « être obligatoire ».")
    assert all(q.speaker != "Se" for q in quotations(text, QUOTE_KINDS))


@pytest.mark.parametrize("text, speaker", [
    ("Une « petite altercation », comme la qualifie un témoin, a éclaté devant le bar.", "un témoin"),
    ("« Nous partirons demain », comme l'a dit le maire Paul Morel hier.", "Paul Morel"),
])
def test_comme_and_the_quotation_s_pronoun_before_the_cue(text, speaker):
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_a_quotation_deep_in_the_cue_s_que_clause_is_the_speaker_s_words_not_a_term():
    text = ("Le porte-parole Paul Morel a déclaré aux médias locaux que les trois hommes sur les photos étaient des "
            "« employés externes » qui avaient aidé à porter le cercueil.")
    (quote,) = quotations(text)
    assert (quote.speaker, quote.cue) == ("Paul Morel", "déclarer")


@pytest.mark.parametrize("text, speaker", [
    ("Les toreros ont manifesté samedi à Séville pour réclamer « le respect » et des aides.", "les toreros"),
    ("Les infirmières ont défilé afin de dénoncer « un mépris total » du gouvernement.", "les infirmières"),
])
def test_a_speech_verb_of_purpose_in_the_infinitive_is_the_subject_s(text, speaker):
    """And a description opening a sentence is a group, as it is inside one: not a body's name."""
    (quote,) = quotations(text)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "group")


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre a décrit un effort historique. Il a aussi parlé des « pertes » que le président Paul Morel a "
     "admis avoir subies.", "Paul Morel"),
    ("Le journal évoque les « erreurs » que reconnaît la ministre Claire Dumas.", "Claire Dumas"),
    ("Une source policière a souligné les « enjeux sanitaires » que soulève la consommation de ce gaz.",
     "une source policière"),
])
def test_a_quoted_noun_is_said_by_the_subject_of_the_relative_whose_speech_verb_takes_it(text, speaker):
    """Unless that subject cannot speak: then the sentence's cue."""
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_a_name_in_marks_before_a_relative_with_a_speech_verb_stays_a_name():
    text = "Le groupe dévoilera son modèle, un « Fastback » que le constructeur allemand proposera aussi en break."
    assert quotations(text) == []


def test_a_participle_opening_the_sentence_leans_on_the_subject_after_its_clause():
    text = ("« Les chiffres sont clairs », explique Claire Dumas. Insistant sur la nécessité d'une sanction « sévère », "
            "le tribunal correctionnel de Paris a pointé les manquements du maire.")
    quotes = quotations(text)
    assert [q.speaker for q in quotes] == ["Claire Dumas", "le tribunal correctionnel de Paris"]


def test_a_capital_a_opening_an_adverbial_lets_the_name_after_it_take_the_floor():
    text = ("Le candidat Paul Morel appelle à « se rappeler que la liberté n'est rien sans la sécurité ». A la fin du "
            "défilé, le premier ministre Claude Dumas a pris la parole. « Nous avons fait le choix d'augmenter le "
            "budget des armées. »")
    quotes = quotations(text)
    assert [q.speaker for q in quotes] == ["Paul Morel", "Claude Dumas"]


def test_a_name_after_a_clause_opening_with_a_preposition_is_no_subject():
    text = ("« Nous gagnerons », a estimé Jean Morel. A Paris, la maire a bénéficié du ralliement du candidat, Paul "
            "Dumas, dont la liste a franchi 10 %. « Je me réjouis de ce résultat », a-t-il tweeté.")
    quotes = quotations(text)
    assert [q.speaker for q in quotes] == ["Jean Morel", "Jean Morel"]


@pytest.mark.parametrize("text, speaker", [
    ("Au micro de la radio, Paul Morel a brièvement livré son ressenti et s'est adressé aux soldats. « Aujourd'hui, "
     "il y a 17.000 soldats en opération. Je pense à eux. »", "Paul Morel"),
    ("Le défilé a commencé sous la pluie. « Aujourd'hui, il y a 17.000 soldats en opération. Je pense à eux. »", None),
])
def test_the_first_quotation_with_no_cue_is_the_person_the_sentence_before_it_has_for_subject(text, speaker):
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_a_narrative_infinitive_before_a_colon_takes_any_verb():
    text = ("Le présentateur Paul Morel annonce la fin du journal. Et le présentateur de finir : « Malgré la rumeur, "
            "Claire Dumas ne se présentera pas à la mairie. »")
    (quote,) = quotations(text)
    assert quote.speaker == "Paul Morel"


def test_an_epithet_s_adjective_tells_the_gender_an_elided_article_does_not():
    text = ("« Nous savions », a insisté Claire Dumas. « Je n'ai rien caché », a ajouté le directeur Paul Morel. "
            "« Nous avions alerté le gouvernement », a affirmé l'ancienne ministre.")
    quotes = quotations(text)
    assert [q.speaker for q in quotes] == ["Claire Dumas", "Paul Morel", "Claire Dumas"]


@pytest.mark.parametrize("text, speaker", [
    ("« Quand je joue, j'essaye de gagner », a expliqué ce chauffeur-livreur à la radio.", "ce chauffeur-livreur"),
    ("« Nous ne céderons pas », a déclaré le porte-parole du ministère, Paul Morel. « Les négociations continuent », "
     "a précisé ce porte-parole.", "Paul Morel"),
    ("« Nous partirons », a déclaré ce mardi le maire Paul Morel.", "Paul Morel"),
])
def test_a_demonstrative_opens_a_speaker_s_description_and_points_back(text, speaker):
    """`ce` is a time word only before one (`ce mardi`)."""
    quote = quotations(text)[-1]
    assert quote.speaker == speaker


def test_a_body_a_feminine_pronoun_meant_is_not_a_later_masculine_one():
    """`l'Organisation … a-t-elle prévenu` tells the body's gender: a later `il` is somebody else."""
    text = ("L'Agence européenne du climat s'inquiète. « Il ne faut pas de rassemblement », a-t-elle prévenu. "
            "Certains ont préféré rester chez eux, comme Paul Martin. « Nous avons peur », affirme-t-il.")
    quotes = quotations(text)
    assert [q.speaker for q in quotes] == ["Agence européenne du climat", "Paul Martin"]


@pytest.mark.parametrize("text, speaker", [
    ("« Rien », a dit Paul Dubois. D'autres ont préféré rester chez eux, comme Paul Martin. "
     "« Nous avons peur », affirme-t-il.", "Paul Martin"),
    ("« Rien », a dit Paul Dubois. Il a cité d'autres noms, comme Paul Martin. « Nous avons peur », affirme-t-il.",
     "Paul Dubois"),
])
def test_an_example_of_an_indefinite_plural_subject_stands_in_its_place(text, speaker):
    """Of an object (`d'autres noms, comme X`), the example is no subject."""
    quote = quotations(text)[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Le risque est modéré », a estimé l'agence Sécurité routière France.", "Sécurité routière France"),
    ("« Le risque est modéré », a ajouté Sécurité routière France, sans détailler.", "Sécurité routière France"),
])
def test_a_body_s_name_with_an_adjective_and_a_first_name_in_it_is_whole(text, speaker):
    """`France` is a first name too: after a capitalised word and its adjective it ends a body's name."""
    (quote,) = quotations(text)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "organisation")


@pytest.mark.parametrize("word, gender", [("Santé", None), ("Abbé", None), ("Éric", "m"), ("Sergueï", "m"),
                                          ("José", "m")])
def test_a_word_ending_with_an_accent_is_a_first_name_only_as_written(word, gender):
    """Name lists drop an opening capital's accent (`Eric`) and a diaeresis (`Sergei`), never a last letter's."""
    assert first_name_gender(word) == gender


@pytest.mark.parametrize("word, gender", [("Jean-Pierre", "m"), ("Marie-Claire", "f"), ("Ile-de-France", None),
                                          ("Aix-en-Provence", None)])
def test_a_compound_with_a_part_in_lower_case_is_a_place_not_a_first_name(word, gender):
    assert first_name_gender(word) == gender


def test_a_region_named_after_a_role_does_not_hold_it():
    text = ("Réponse de Jeanne Roux, la présidente de la région Ile-de-France : rien ne change. « Il faudra "
            "télétravailler », prévient Jeanne Roux. Puis la présidente d'Ile-de-France demande « aux entreprises de "
            "télétravailler ».")
    assert quotations(text)[-1].speaker == "Jeanne Roux"


@pytest.mark.parametrize("text, speaker", [
    ("« Rien ne presse », a ajouté Karim Nadir Benali, un économiste de Rabat.", "Karim Nadir Benali"),
    ("« Rien ne presse », a ajouté Anne Sophie Morel.", "Anne Sophie Morel"),
    ("« Rien ne presse », a ajouté la ministre de la Justice Claire Vasseur.", "Claire Vasseur"),
    ("« Rien ne presse », a dit le président de la commission des Lois Paul Bertin.", "Paul Bertin"),
])
def test_a_second_first_name_is_a_middle_name_unless_the_run_completes_a_noun(text, speaker):
    """First names in a row make one name; after `de la`, a first name's spelling (`Justice`) is a noun's."""
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_a_pronoun_means_the_whole_name_with_its_middle_name():
    text = ("« Rien ne presse », a estimé Karim Nadir Benali, un analyste basé à Rabat. Mais « la crise va "
            "durer », a-t-il pronostiqué.")
    assert [q.speaker for q in quotations(text)] == ["Karim Nadir Benali", "Karim Nadir Benali"]


@pytest.mark.parametrize("text, speaker", [
    ("C'est aussi l'avis de la productrice Julie Morel, pour qui « le cinéma vieillit ».", "Julie Morel"),
    ("Il a rencontré des élus locaux, selon qui « rien ne change ».", "des élus locaux"),
    ("« Ils exagèrent », a réagi Julie Morel, directrice de l'UFAB, le syndicat des confiseurs, pour qui « le "
     "sucre ne tue pas ».", "Julie Morel"),
    ("« Il faut agir », a ajouté la candidate, réagissant aux propos de l'ancien ministre Paul Roux, selon qui "
     "« la lutte des classes disparaît ».", "Paul Roux"),
])
def test_pour_qui_gives_the_words_to_the_relative_s_antecedent(text, speaker):
    """`X, pour qui « … »` holds X's opinion; a speaker the sentence named, with nothing but appositions
    between, is that X."""
    quote = quotations(text)[-1]
    assert quote.speaker == speaker


def test_quotations_after_a_pour_qui_continue_its_speaker():
    text = ("Pour Paul Martin, il faudrait accepter « les risques ». C'est aussi l'avis de la productrice Julie "
            "Morel, pour qui « le cinéma vieillit ». « Il va falloir rendre les jeunes accros à la salle ».")
    assert [q.speaker for q in quotations(text)] == ["Paul Martin", "Julie Morel", "Julie Morel"]


def test_a_clause_opened_by_a_pronoun_is_no_subject_of_a_cue_after_it():
    """`il reste des doutes ajoute la ministre`: an incise whose commas were left out, its subject after it."""
    text = ("« Près de 200 usines ont fermé », a précisé Claire Dubois. Mais il reste des zones grises ajoute la "
            "ministre, d'où ce projet qui « nous permettra d'agir ».")
    assert [q.speaker for q in quotations(text)] == ["Claire Dubois", "Claire Dubois"]


@pytest.mark.parametrize("text", [
    "Lundi, Claire Dubois, ministre déléguée à l'Industrie, a présenté le plan. Le gouvernement prépare une loi. "
    "« Nous allons agir vite », a détaillé la ministre déléguée à l'Industrie sur RTL.",
    "Lundi, Claire Dubois, ministre de l'Industrie, a présenté le plan. Le gouvernement prépare une loi. "
    "« Nous allons agir vite », a détaillé la ministre sur RTL.",
])
def test_a_role_in_apposition_after_a_name_is_what_a_later_title_points_back_to(text):
    (quote,) = quotations(text)
    assert quote.speaker == "Claire Dubois"


def test_a_clause_after_a_name_s_comma_is_no_apposition():
    text = "Dans un message publié pour Noël, le fondateur du réseau a expliqué comment « courir » l'a changé."
    (quote,) = quotations(text)
    assert quote.speaker == "le fondateur du réseau"


@pytest.mark.parametrize("text, speaker", [
    ("Il pleut. Charlotte, une autre spectatrice, pointe le manque de protocole : « Ça a duré longtemps. Personne "
     "n'est intervenu », regrette-t-elle.", "Charlotte"),
    ("Il pleut. Marie, 45 ans, attend : « Ça a duré longtemps. Personne n'est intervenu », regrette-t-elle.",
     "Marie"),
])
def test_a_first_name_opening_a_sentence_is_a_person_s_when_an_apposition_describes_one(text, speaker):
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_an_impersonal_passive_continues_the_body_that_spoke():
    """`« … », est-il ajouté`: the `il` stands for nobody, like `on`: the body that spoke last."""
    text = ("« Un rapport a été remis ce jour », a tweeté la préfecture de police. « Le port du masque sera "
            "obligatoire », est-il ajouté sans précision sur la date.")
    assert [q.speaker for q in quotations(text)] == ["la préfecture de police", "la préfecture de police"]


def test_two_quotations_side_by_side_share_the_cue_after_the_second():
    text = ("Nommé lundi, le militant avait quitté son poste. « Ces messages, je les avais oubliés. J'avais vingt "
            "ans ». « Ce portrait n'est pas la personne que je suis », s'est justifié Romain Vidal à la radio.")
    assert [q.speaker for q in quotations(text)] == ["Romain Vidal", "Romain Vidal"]


@pytest.mark.parametrize("text, speakers", [
    # right after a cue's sentence, the first goes on with that speaker's words
    ("« Je ne peux pas », s'excuse Julie Morel. « J'ai une commission parlementaire avant ». « Ça doit être "
     "compliqué pour elle », souffle une passante.", ["Julie Morel", "Julie Morel", "une passante"]),
    # a term, not words: too short to be a quotation of its own
    ("Une bande apparaît au niveau du « C ». « Cela veut dire que le test fonctionne », indique Marc Bitoun.",
     ["Marc Bitoun"]),
])
def test_a_quotation_side_by_side_with_a_cued_one_shares_its_cue_only_alone(text, speakers):
    assert [q.speaker for q in quotations(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("Le président du groupe centriste au Sénat a affirmé : « Je ne veux pas le fragiliser ».",
     "le président du groupe centriste au Sénat"),
    ("« Je ne veux pas le fragiliser », a dit le président du groupe au Sénat Paul Girard.", "Paul Girard"),
])
def test_a_place_completing_a_role_is_not_who_holds_it(text, speaker):
    """`au Sénat` says where the role is held: the speaker is the role's holder, never the place."""
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_a_masculine_role_does_not_overrule_a_woman_s_first_name():
    """French writes many roles in the masculine for women (`l'eurodéputé Nadine X`): a later `elle` is her."""
    text = ("Marine Dupuis a réagi. L'eurodéputé Nadine Roche a posté des messages. Cependant, elle n'a pas oublié "
            "de critiquer le président. « Quand aurez-vous le courage ? », a-t-elle écrit sur Twitter.")
    (quote,) = quotations(text)
    assert quote.speaker == "Nadine Roche"


@pytest.mark.parametrize("text", [
    "« On est en danger », a dit Paul Tessier. Interrogé sur le président, Paul Tessier cite un « troisième "
    "larron », Marie Lenoir, sans la nommer. « Les dés sont pipés par ce troisième larron ».",
    "« On est en danger », a dit Paul Tessier. Paul Tessier cite un troisième larron, Marie Lenoir, sans la "
    "nommer. « Les dés sont pipés par ce troisième larron ».",
])
def test_a_name_in_apposition_to_an_object_does_not_take_the_floor(text):
    """The subject of a clause (`X cite …`) keeps the floor over a name set off after its object."""
    assert quotations(text)[-1].speaker == "Paul Tessier"


@pytest.mark.parametrize("text, speaker", [
    ("Il ajoute que rien ne change. Rejet de la CEDHLe chef de l'État conclut : « nous devons une chose à sa "
     "famille ».", "le chef de l'État"),
    ("Le bilan est lourd. Règlement de compteUn habitant du quartier a déclaré : « On a entendu trois coups de "
     "feu ».", "un habitant du quartier"),
])
def test_a_sub_heading_glued_to_the_speaker_s_phrase_is_cut_off(text, speaker):
    """A sub-heading run into its paragraph, the line break lost, is no part of the speaker's name."""
    quote = quotations(text)[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« L'attaque est une menace grave », a tweeté l'ex-député et candidat dissident à la mairie Cédric Vernon.",
     "Cédric Vernon"),
    ("« Le climat se dérègle », a souligné la navigatrice et présidente de l'association Isabelle Morin.",
     "Isabelle Morin"),
])
def test_roles_coordinated_under_one_determiner_reach_the_name(text, speaker):
    """`l'ex-député et candidat … X`: a bare role after `et` goes on the description, up to the name."""
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_an_example_of_people_is_a_person_whatever_first_name_it_has():
    """`Certains …, comme Abou Ali`: the example of an indefinite plural of people is a person, even with a first
    name no list knows."""
    text = ("« Il ne faut pas de rassemblement », a prévenu Karim Haddad. Certains ont préféré célébrer chez eux, "
            "comme Abou Ali, à Bagdad. « Mes enfants et moi nous rendons à Kerbala tous les ans », affirme-t-il.")
    assert quotations(text)[-1].speaker == "Abou Ali"


def test_the_subject_of_an_incise_s_speech_verb_outranks_an_example_before_it():
    """`Certains …, notamment X, souligne Y`: Y speaks; a later `elle` is Y, not the example X."""
    text = ("« Beaucoup prennent le visuel au sérieux », remarque Carine Hu. Certains artistes ont osé la formule "
            "payante, notamment Maëlle Baduel, souligne Carine Hu, mais ils sont rares. « Il est encore tôt pour "
            "le dire », dit-elle.")
    assert [q.speaker for q in quotations(text)] == ["Carine Hu", "Carine Hu"]


def test_a_party_s_acronym_after_a_noun_of_a_person_is_not_the_speaker():
    """`sa collègue LR`: the colleague speaks, not the party (nor `le député LR`, nor `l'élue RN`)."""
    text = "« Arrêtez d'appeler à la manifestation ! », l'a alors coupé sa collègue LR."
    (quote,) = quotations(text)
    assert (quote.speaker, quote.speaker_kind) == ("sa collègue LR", "person")


@pytest.mark.parametrize("text, speaker", [
    ("« Le gouvernement prend acte de la décision », a réagi auprès de l'AFP Matignon.", "Matignon"),
    ("« Nous rouvrirons lundi », a déclaré à l'AFP M. Dumonteil, le directeur du théâtre.", "Dumonteil"),
])
def test_the_inverted_subject_after_a_medium_s_acronym_is_found(text, speaker):
    """`a indiqué à l'AFP X`: the name after the acronym is the subject, not part of the medium's name."""
    (quote,) = quotations(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le chauffeur a été relâché. Comme l'a précisé le procureur pour justifier sa décision : « Il n'y avait "
     "aucune preuve contre lui. »", "le procureur"),
    ("Le chauffeur a été relâché. Et comme le rappelle Le Parisien, « personne ne l'avait vu ce soir-là ».",
     "Le Parisien"),
    # a comparative clause inside the sentence says what somebody wished, not who speaks
    ("Le général a parlé du chantier. Quant à une réouverture en 2024 comme l'a souhaité le président, « je ne la "
     "remets pas en question », a-t-il dit.", "le général"),
])
def test_the_inverted_subject_of_a_comme_clause_framing_a_quotation(text, speaker):
    quote = quotations(text)[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Il n'y avait aucune preuve », a précisé une source proche de l'enquête à France Bleu.",
     "une source proche de l'enquête"),
    ("« Il n'y avait aucune preuve », a confié une actrice à Marie Claire.", "une actrice"),
    ("« Il n'y avait aucune preuve », a précisé le secrétaire d'Etat aux Transports Jean Dupuis.", "Jean Dupuis"),
    ("« Il n'y avait aucune preuve », a précisé le secrétaire d'Etat aux transports Jean Dupuis.", "Jean Dupuis"),
])
def test_a_name_right_after_a_role_s_preposition_is_who_was_told(text, speaker):
    (quote,) = quotations(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text", [
    "Les recherches ont cessé. « Le Boucher de Mons » avait avoué en mars le meurtre de la voisine, disent les juges.",
    "Le film sort demain. « Le Mans 66 » raconte l'histoire de Ford et de ses pilotes.",
])
def test_a_noun_of_somebody_s_complement_after_a_verb_is_no_inverted_subject(text):
    """With no comma after the marks, the verb may take an object: one whose head is no person (`le meurtre`) does
    not speak for the person in its complement."""
    assert quotations(text) == []  # a name in quote marks, which nobody said


def test_one_of_a_group_after_a_verb_is_its_inverted_subject():
    text = "« Je crois que c'était le bon choix » explique une de ses électrices, Anna Jonsdottir."
    (quote,) = quotations(text)
    assert quote.speaker == "Anna Jonsdottir"


@pytest.mark.parametrize("text, speaker", [
    # a sentence about nobody: the subject of the clause it opens is who a later pronoun means
    ("« Il a tout donné à la fondation », a dit Paul Martin. Une déclaration qui survient le jour où Jean Dubois, "
     "ancien agent du chanteur, s'est confié à la radio. « On ne lui imposait rien », explique-t-il.", "Jean Dubois"),
    # a sentence about somebody: that person, not the subject of a clause inside it
    ("« Nous sommes chez nous ici », dit Paul Martin. Il affirme avoir été heureux lorsque Jean Dubois a proposé "
     "le projet. « Nous voyons un déclin », déplore-t-il.", "Paul Martin"),
])
def test_the_subject_of_a_clause_opened_inside_a_sentence_about_nobody_is_salient(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # an impersonal passive's place: the body whose document it is, or where it is said
    ("Les coûts ont explosé. « Le coût s'est envolé de 245 % en quatre ans », est-il écrit dans un rapport de la Cnam.",
     "Cnam"),
    ("« Nous n'avons rien reçu », a dit la Cnam. « Le coût s'est envolé », est-il précisé à Matignon.", "Matignon"),
    # a document alone is the body's that spoke last
    ("« Nous n'avons rien reçu », a dit la Cnam. « Le coût s'est envolé », est-il indiqué dans le rapport.", "Cnam"),
])
def test_an_impersonal_passive_speaks_for_the_author_of_the_document_it_names(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Les forêts stockent moins de carbone », indique un communiqué de presse du Cirad.", "Cirad"),
    ("« Le livre sortira en juillet », indique le site d'information Daily Beast.", "Daily Beast"),
    ("« Personne n'a autant intérêt que nous à la paix », indique un texte de quatre pages.", "un texte de quatre pages"),
])
def test_the_author_of_a_document_follows_what_the_document_is(text, speaker):
    (quote,) = quotations(text)
    assert quote.speaker == speaker


def test_a_sentence_after_a_dash_is_no_signature():
    """`« … » – X, directeur`: a name signed under a quotation; not the subject of a sentence after a sub-heading."""
    text = ("Les saisies ont doublé. - Cannabis « made in Europe » -Plus de trois millions de plants ont été saisis en "
            "2018. « Ce constat appelle à la vigilance », alerte l'observatoire.")
    assert [q.speaker for q in quotations(text) if q.kind == "direct"] == ["l'observatoire"]
    assert quotations("« Nous ne lâcherons rien » – Jean Dupont, directeur de l'usine.")[0].speaker == "Jean Dupont"


@pytest.mark.parametrize("text, speaker", [
    # `l'élu` points back to the deputy just named, not to the mayor who spoke before him
    ("« Les enfants sont envoyés chez nous », a dénoncé Paul Riche, le maire de la ville. Sur Twitter, Marc Loriot, "
     "député de la région, s'est insurgé. « C'est scandaleux et criminel », a réclamé l'élu.", "Marc Loriot"),
    # `un élu` is somebody else
    ("Sur Twitter, Marc Loriot, député de la région, s'est insurgé. « C'est scandaleux », a réagi un élu.", "un élu"),
])
def test_a_general_role_points_back_to_a_person_named_by_a_role_it_covers(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the person a role is apposed to, past the clause the name is the object of
    ("C'est le cas de Paul Durand, rédacteur en chef des Inrocks, qui a reconnu avoir monté un canular : « Je "
     "mesure aujourd'hui la gravité de ces actes ».", "Paul Durand"),
    ("Elle a reçu Paul Durand, directeur des Inrocks, qui a expliqué : « Nous avons tout arrêté ce jour-là ».",
     "Paul Durand"),
])
def test_a_relative_after_an_apposition_is_about_the_person_named_in_a_clause(text, speaker):
    (quote,) = quotations(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a role after the speech verb: the person the sentence before named, as its subject or for whom it speaks
    ("Une journée d'action dont les motivations sont incompréhensibles pour Jean-Baptiste Durand. « J'ai du mal "
     "à comprendre cette grève », a déploré le ministre délégué aux Transports.", "Jean-Baptiste Durand"),
    # the sentences inside the quotation are not the reporter's
    ("Une journée d'action incompréhensible pour Jean-Baptiste Durand. « J'ai du mal à comprendre cette grève. "
     "Elle se raccroche au mouvement », a déploré le ministre délégué aux Transports.", "Jean-Baptiste Durand"),
    ("Marianne Jacquet a refusé de rejoindre le jury. « Ce n'est pas ma place », a expliqué l'animatrice.",
     "Marianne Jacquet"),
    # not somebody the same sentence names, nor the holder of an office of one well-known holder
    ("Tout le monde y passe, en particulier Paul Martin qui a eu d'après l'acteur « la gentillesse de l'inviter ».",
     "l'acteur"),
    ("Paul Martin a rallié le camp progressiste. « Certains ont été surpris », a commenté le président.",
     "le président"),
])
def test_a_role_points_back_to_the_person_the_sentence_before_named(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_full_title_s_point_ends_the_sentence():
    text = "Jean Roux a parlé. « Il faudra laisser tourner le virus », indique le professeur.« On change de stratégie. »"
    assert quotations(text)[0].speaker == "Jean Roux"


def test_a_pronoun_means_the_person_just_before_rather_than_a_thing_given_words_earlier():
    text = ("« Les pertes sont lourdes », affirme la pétition. Une étudiante de 19 ans a dit s'inquiéter du rebond. "
            "« Je vais rentrer chez moi », a-t-elle confié.")
    assert [q.speaker for q in quotations(text)] == ["la pétition", "une étudiante de 19 ans"]



def test_a_quotation_glued_to_the_next_paragraph_is_a_heading_not_the_next_sentence_s():
    text = ("Ils se sont rencontrés en novembre. « On n'a plus d'argent mais on a trouvé l'amour »Les deux amoureux "
            "comptent bien manifester, souligne France Bleu. « Si on peut passer un moment ensemble, c'est ça. On n'a "
            "plus d'argent mais on a trouvé l'amour », conclut Jean-Michel Dubois.")
    assert [q.speaker for q in quotations(text)] == ["Jean-Michel Dubois", "Jean-Michel Dubois"]


def test_a_pronoun_does_not_mean_the_medium_its_cue_says_the_words_were_told_to():
    text = ("« Nous fermons le marché », a annoncé l'AFP. Une étudiante de 19 ans a dit s'inquiéter du rebond. "
            "« Je vais rentrer chez moi », a-t-elle confié à l'AFP.Un total de 177 personnes sont malades.")
    assert [q.speaker for q in quotations(text)] == ["AFP", "une étudiante de 19 ans"]


def test_a_colon_frame_s_subject_before_a_weak_pronoun_and_its_verb_speaks():
    text = ("Plusieurs membres de l'opposition ont raillé la majorité. Jean-Luc Dupont en a remis une couche jeudi sur "
            "Twitter : « Je ne suis pas un robot, c'est juste moi qui écris. »")
    (quote,) = quotations(text)
    assert quote.speaker == "Jean-Luc Dupont"


def test_le_medecin_points_back_to_the_doctor_named_before():
    text = ("A San Francisco, le médecin chercheur Paul Martin est préoccupé par les sans-abri. « Les gens ont peur "
            "d'aller à l'hôpital », dit le docteur.")
    (quote,) = quotations(text)
    assert quote.speaker == "Paul Martin"


@pytest.mark.parametrize("text, speaker", [
    ("« Nous ne céderons jamais », a assuré le directeur de l'hebdomadaire, Tarbo. Le procès s'ouvre demain.", "Tarbo"),
    ("« Les hôpitaux sont prêts », a déclaré le ministre de la Santé, Ekundo Malanga.", "Ekundo Malanga"),
    ("« La stèle est fendue », a dit le chef du service des fouilles, Vasant Kumar Rawal.", "Vasant Kumar Rawal"),
])
def test_capitalised_words_ending_the_sentence_after_a_role_s_comma_name_who_holds_it(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_time_after_a_role_s_comma_is_no_name():
    (quote,) = quotations("« Les hôpitaux sont prêts », a déclaré le ministre de la Santé, Lundi.")
    assert quote.speaker == "le ministre de la Santé"


def test_a_name_after_a_verb_s_object_noun_names_that_thing_not_the_person_described():
    text = ("Le journal rapporte que Paul Vidal, un homme gérant le garage Garo Meca Scoot à Sens, a maîtrisé deux "
            "voleurs. « Il était environ 22 heures », confie-t-il au journal.")
    assert quotations(text)[-1].speaker == "Paul Vidal"


@pytest.mark.parametrize("text, speaker", [
    ("Une rencontre a été confirmée par Paul Durand. « Oui, nous nous sommes vus » précise le centriste à la radio.",
     "Paul Durand"),
    ("« Dans les vestiaires, on est sans masque », témoigne Marius Petrov. « La chaîne s'arrête souvent », "
     "regrette l'ouvrier.", "Marius Petrov"),
])
def test_a_bare_noun_of_a_person_points_back_to_the_person_the_sentence_before_named(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_a_bare_noun_of_a_kind_of_body_is_no_person_named_before():
    text = ("Le livre décrit la relation entre Fred Dupont et ses fils. « Elle seule pouvait raconter cette saga », "
            "assure l'éditeur.")
    assert quotations(text)[-1].speaker != "Fred Dupont"


@pytest.mark.parametrize("text, speaker", [
    ("Son compte a été piraté. Au ministère, on se veut rassurant : « Le mot de passe est changé. »", "ministère"),
    ("Son compte a été piraté. À l'Élysée, sollicité par la radio, on se veut rassurant : « Le mot de passe est "
     "changé. »", "Élysée"),
])
def test_on_speaks_for_the_place_opening_its_clause_past_the_medium_that_asked(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_quoi_opening_a_concession_is_nobody():
    text = ("Son compte a été piraté. Quoi qu'il en soit, le compte est fermé. À la fin, on se veut rassurant : "
            "« Le mot de passe est changé. »")
    assert quotations(text)[0].speaker is None


@pytest.mark.parametrize("text, speaker", [
    ("« Huit cas ont été enregistrés », a déclaré le ministre congolais de la Santé Ekundo Malanga.", "Ekundo Malanga"),
    ("« J'ai hâte de rouvrir les pubs », a dit le ministre des Finances Rashmi Sunar.", "Rashmi Sunar"),
    ("« Les indicateurs sont bons », a indiqué la directrice de la Santé publique Lucie Martin.", "Lucie Martin"),
])
def test_capitalised_words_after_a_ministry_s_domain_name_its_holder(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_first_name_told_before_the_full_name_is_that_person():
    text = ("Un an plus tôt, Aurore et Mickaël Dupré ont acheté un van. « C'est frustrant », dit-elle. « J'ai promis "
            "à mon fils », raconte Aurore Dupré.")
    assert [q.speaker for q in quotations(text)] == ["Aurore Dupré", "Aurore Dupré"]


def test_a_unique_office_is_not_the_speaker_just_before_known_by_another_role():
    text = ("« Les actes se multiplient », a indiqué le porte-parole du gouvernement Pierre Morand. « L'irrespect est "
            "devenu chose courante », a commenté le chef de l'Etat.")
    assert quotations(text)[-1].speaker != "Pierre Morand"


def test_a_unique_office_spelt_as_a_surname_after_a_civil_title_is_that_person():
    text = ("« Nous ouvrirons des lits », témoigne le docteur Jean-William Pape. « Il y a des décès non recensés », "
            "explique le Dr. Pape.")
    assert quotations(text)[-1].speaker == "Jean-William Pape"


def test_a_bare_noun_of_a_person_points_back_to_a_person_the_text_gives_a_role():
    text = ("Lawrence Gostin, professeur de droit à Georgetown, suit le dossier. « Je partage les intentions du "
            "gouverneur », estime l'universitaire.")
    assert quotations(text)[-1].speaker == "Lawrence Gostin"


def test_a_role_after_a_preposition_holding_its_article_is_a_title_a_later_description_points_back_to():
    text = ("Elle a demandé service au président François Hollande. « Oui c'est à réfléchir », lui a répondu le chef "
            "de l'État.")
    (quote,) = quotations(text)
    assert quote.speaker == "François Hollande"


def test_a_description_naming_a_nationality_is_not_a_person_the_text_gives_another():
    text = ("« Il faut agir », a dit Karim Saadi après avoir parlé au président américain Donald Trump. « Nous "
            "souffrons le plus », a renchéri le président tunisien.")
    assert quotations(text)[-1].speaker != "Donald Trump"


def test_the_quotation_opening_an_article_is_the_subject_described_at_the_opening_of_the_next_sentence():
    text = ("« La priorité n'est pas de se déplacer ». La ministre de la Transition écologique Élise Borel l'a répété "
            "à plusieurs reprises.")
    (quote,) = quotations(text)
    assert quote.speaker == "Élise Borel"


def test_an_age_does_not_make_a_description_specific():
    text = ("« Je n'ai pas honte de le dire », confie l'acteur Michel Bouzid sur RTL. « J'ai des courbatures », "
            "a ajouté le comédien de 67 ans.")
    assert [q.speaker for q in quotations(text)] == ["Michel Bouzid", "Michel Bouzid"]


def test_a_first_name_s_spelling_opening_a_place_s_name_is_nobody():
    text = "Les villages du géant d'Asie du Sud souffrent. « J'ai vu tant de cadavres », dit-elle."
    assert quotations(text)[0].speaker is None


@pytest.mark.parametrize("text, speaker", [
    ("Le dossier attend le Premier ministre. Manuel Vidal « formulera des propositions » lors de son discours.",
     "Manuel Vidal"),
    ("Le délégué général du parti Stanislas Gorin « adresse tout son soutien » au candidat.", "Stanislas Gorin"),
])
def test_a_full_name_right_before_words_that_begin_with_their_verb_is_their_speaker(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Cet effort sera financé par des économies », ont promis Olivier Dussart et Gérald Darmon.",
     "Olivier Dussart et Gérald Darmon"),
    ("« La décision est injuste », estiment leurs avocats, Vincent Bregar et William Bourdais.",
     "Vincent Bregar et William Bourdais"),
    ("« Les questions sont graves », ont dit Mes Antonin Lévy, Pierre Cornu et Jean Veillon.",
     "Antonin Lévy, Pierre Cornu et Jean Veillon"),
])
def test_people_named_in_a_list_speak_together(text, speaker):
    (quote,) = quotations(text)
    assert (quote.speaker, quote.speaker_kind, quote.speaker_gender) == (speaker, "group", None)


def test_a_pronoun_after_people_named_together_is_all_of_them():
    text = ("Anne Hidalgo et David Belier ont signé une tribune. « La crise nous a permis d'agir », écrivent-ils.")
    assert quotations(text)[0].speaker == "Anne Hidalgo et David Belier"


def test_a_title_after_a_preposition_holding_its_article_past_an_adverbial():
    text = ("Un hommage a été rendu en présence notamment du ministre de l'Intérieur Christophe Castel. « Ce crime ne "
            "sera pas impuni », a déclaré le ministre.")
    assert quotations(text)[0].speaker == "Christophe Castel"


def test_a_verb_inside_a_quotation_whose_subject_is_a_thing_of_a_body_is_no_incise():
    text = ("« La marque garde sa forme », a commenté Stefano Domeni, le président du groupe. « Réaliser un nouveau record, "
            "pour la cinquième année, confirme la bonne santé de l'entreprise. Nos voitures se vendent bien »")
    assert quotations(text)[-1].speaker == "Stefano Domeni"


@pytest.mark.parametrize("text, speaker", [
    ("« On ne sait pas trop ce qui s'est passé, explique la chargée de communication du parc, Marie Dumont. Les "
     "animaux vont bien »", "Marie Dumont"),
    ("« Nous manifestons pacifiquement, explique une des meneuses. Nous ne bloquons personne »", "une des meneuses"),
])
def test_an_incise_s_subject_named_or_one_of_a_group_speaks_past_its_complement(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Il était malade depuis un mois, précisent ses collègues. Il vivait seul »", "ses collègues"),
    ("« Elle était partie tôt, raconte sa collègue. Personne ne l'a revue »", "sa collègue"),
])
def test_an_incise_s_subject_on_a_noun_of_a_person_speaks(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_an_impersonal_on_with_no_body_that_spoke_is_nobody_not_a_person_the_sentences_before_name():
    text = ("Son passager âgé de 16 ans est blessé. Le jeune conducteur « a tenté de fuir avant le contrôle », "
            "précise-t-on de source policière.")
    assert quotations(text)[0].speaker is None


def test_a_description_is_not_the_speaker_its_own_relative_clause_names():
    text = ("Paul Martin a démissionné. « Je pars », a-t-il dit. L'ancien ministre, que Jean Dupont avait qualifié de "
            "« traître », a assuré qu'« il ne partira pas sans se battre ».")
    assert quotations(text)[-1].speaker == "Paul Martin"


@pytest.mark.parametrize("text, speaker, kind, gender", [
    ("« Nous voterons contre », a lancé la Marcheuse de Lyon. « Pas question », a-t-elle ajouté.",
     "la Marcheuse de Lyon", "person", "female"),
    ("« Nous voterons contre », a lancé l'Insoumis de Seine-Saint-Denis.", "l'Insoumis de Seine-Saint-Denis", "person", "male"),
    ("« Nous voterons contre », ont lancé les insoumis.", "les insoumis", "group", None),
])
def test_a_party_s_member_written_as_a_capitalised_noun_is_a_person_described_not_a_body(text, speaker, kind, gender):
    quote = quotations(text)[-1]
    assert (quote.speaker, quote.speaker_kind, quote.speaker_gender) == (speaker, kind, gender)


@pytest.mark.parametrize("text, speaker, gender", [
    ("« Nous sommes heureux de cette naissance », a confié la duchesse.", "la duchesse", "female"),
    ("« La collection sera vendue en mars », a précisé le baron.", "le baron", "male"),
    ("« Nous prierons pour les victimes », a déclaré l'archevêque.", "l'archevêque", "male"),
    ("« Nous rouvrirons les écoles lundi », a annoncé l'édile.", "l'édile", "unknown"),
    ("« Il faut tenir la boutique », explique un cadre du parti.", "un cadre du parti", "male"),
    ("« Nous avons eu faim pendant des jours », raconte l'ancien naufragé.", "l'ancien naufragé", "male"),
    ("« Le service reprendra demain », assure le maître d'hôtel.", "le maître d'hôtel", "male"),
])
def test_a_noble_title_is_a_person_of_its_gender(text, speaker, gender):
    quote = quotations(text)[0]
    assert (quote.speaker, quote.speaker_kind, quote.speaker_gender) == (speaker, "person", gender)


def test_a_democrat_is_a_party_s_member_who_points_back_to_the_governor_named_before():
    text = ("Le gouverneur Paul Marin veut déboulonner la statue du général Jean Roux. « Nous ne pouvons plus honorer "
            "ce passé », a déclaré le démocrate.")
    assert quotations(text)[0].speaker == "Paul Marin"


def test_a_party_s_member_points_back_to_the_person_the_sentence_before_named():
    text = "Le texte a été déposé par Marc Petit. « Nous voterons contre », a lancé l'Insoumis."
    assert quotations(text)[0].speaker == "Marc Petit"


def test_a_sentence_quoted_whole_that_the_text_runs_on_after_is_no_heading_repeating_another_s_words():
    text = ("« Il faut avancer », a insisté Paul Martin. Jean Dupont a maintenu sa formule. « On a un problème de probité » "
            "en politique. Paul Martin a répondu : « On a un plan de sortie ».")
    assert quotations(text)[1].speaker == "Jean Dupont"


def test_a_demonstrative_pronoun_heading_a_relative_clause_points_back_as_a_pronoun_does():
    text = ("« Tout va bien », a dit Marie Durand. Paul Martin a quitté le groupe. « Cyril pouvait tenir toute la nuit, mais "
            "on a écourté », raconte celle qui a déjà travaillé pour Arthur.")
    assert quotations(text)[-1].speaker == "Marie Durand"


def test_a_name_after_the_comma_closing_a_fronted_clause_is_the_sentence_s_subject():
    text = ("« Nous devons rassembler », a dit Paul Martin. Si l'exclusion de plusieurs élus a fragilisé le parti, Jean "
            "Dupont a promis un rassemblement. « Je n'ai pas peur des différences », disait-il fin août.")
    assert quotations(text)[-1].speaker == "Jean Dupont"


def test_a_demonstrative_on_a_noun_of_a_person_after_an_adjective_points_back():
    text = ("Laura Allen a manifesté. « Cela n'a pas beaucoup changé », regrette-t-elle. En 1980, elle a été placée en "
            "détention. « Dès que nous avons passé la frontière, nous avons été arrêtés », dit cette petite dame aux "
            "cheveux gris.")
    assert quotations(text)[-1].speaker == "Laura Allen"


def test_an_elided_word_before_a_quotation_mark_does_not_end_a_speaker_s_description():
    quote = quotations("« Le mépris pour les pauvres semble être le seul succès de ce débat », s'est indignée la star "
                       "d'« Alerte à Malibu ».")[0]
    # (`indignée` agrees with `star`, a noun of one gender whoever it names)
    assert (quote.speaker, quote.speaker_gender) == ("la star", "unknown")


def test_a_description_after_a_preposition_of_an_adjunct_is_no_title_of_the_name_after_its_comma():
    text = ("Après une brillante carrière de violoncelliste et de chef d'orchestre, Paul Martin s'est tourné vers les "
            "médias. « Je suis fier de ce parcours », souligne celui qui a animé l'émission.")
    quote = quotations(text)[-1]
    assert (quote.speaker, quote.speaker_gender) == ("Paul Martin", "male")


def test_an_incise_closing_the_quotation_names_its_speaker_not_the_medium_relaying_it():
    text = ("« Paul lui donne des conseils, mais je ne suis pas sûr qu'il les suive, a ironisé un proche des deux hommes », "
            "rapporte Le Parisien.")
    assert quotations(text)[0].speaker == "un proche des deux hommes"


TEXT_OPENING_ON_A_PRONOUN = (
    "Comme le révèle Le Parisien, il a tenu des propos sévères à l'égard de Laurent Wauquiez lors d'un discours. "
    "« Celui qui ne rassemble pas ne peut pas défendre ses convictions », a-t-il martelé.")


@pytest.mark.parametrize("title", [
    "La mise en garde de Nicolas Sarkozy à Laurent Wauquiez", "Acte III : Nicolas Sarkozy met en garde Laurent Wauquiez",
    # a name in a phrase set before the subject is not the one the title is about
    "Reçu à Lyon par Laurent Wauquiez, Nicolas Sarkozy a eu une surprise",
    # a word capitalised to open the title is no part of the name after it
    "Quand Nicolas Sarkozy met en garde Laurent Wauquiez",
])
def test_a_text_opening_on_a_pronoun_means_the_person_its_title_is_about(title):
    quotes = extract_quotes(Article(text=TEXT_OPENING_ON_A_PRONOUN, id="t", title=title, lang="fr"))
    assert quotes[-1].speaker == "Nicolas Sarkozy"


def test_a_name_the_opening_pronoun_is_likened_to_is_not_its_antecedent():
    text = "Elle est, comme Sylvie Morel, visée par une enquête. « Tout est ouvert pour moi », a-t-elle déclaré."
    quotes = extract_quotes(Article(text=text, id="t", title="Remaniement : Marie Vidal n'exclut pas de partir", lang="fr"))
    assert quotes[0].speaker == "Marie Vidal"


def test_a_speaker_named_by_a_first_name_alone_takes_the_full_name_the_title_gives_it():
    text = ("On y découvre le passé de la ministre. C'est au Maroc que la jeune Nadia voit le jour dans une famille de "
            "six enfants. « Quand on n'a pas eu l'eau courante, on est différent », raconte-t-elle dans un extrait.")
    quotes = extract_quotes(Article(text=text, id="t", title="Le lourd passé de Nadia Kerbal", lang="fr"))
    assert [q.speaker for q in quotes] == ["Nadia Kerbal"]


def test_a_pronoun_nobody_named_before_means_the_title_s_person_rather_than_one_named_after():
    text = ("« La police de la ville vous souhaite un bon week-end ». C'est ainsi qu'était légendée la photo publiée sur "
            "le compte personnel de l'élu, « marclb ». On y voit neuf policiers poser en tenue. L'image a été largement "
            "commentée, obligeant l'ancien député à réagir : « C'est une vieille photo », s'est-il d'abord justifié "
            "auprès d'un quotidien. Paul Vidal, le fils d'un ancien ministre, l'a au contraire soutenu : « Bravo ».")
    quotes = extract_quotes(Article(text=text, id="t", title="Marc Lebrun publie une étrange photo", lang="fr"))
    assert {q.quote: q.speaker for q in quotes}["C'est une vieille photo"] == "Marc Lebrun"


def test_a_veteran_is_a_person_s_role():
    quotes = extract_quotes(Article(text="Lundi, le vétéran Tzi Ma a parlé à la presse. « Avec le virus, nous avons plus "
                                         "de responsabilités », a-t-il dit.", id="t", lang="fr"))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Tzi Ma", "person")]


def test_a_first_name_written_without_its_accents_is_a_first_name():
    quotes = extract_quotes(Article(text="« Le travail continue », a assuré Benoit Vidal. « Nous ne lâcherons rien », a "
                                         "ajouté Celine Morel.", id="t", lang="fr"))
    assert [(q.speaker, q.speaker_kind, q.speaker_gender) for q in quotes] == [
        ("Benoit Vidal", "person", "male"), ("Celine Morel", "person", "female")]


def test_a_people_s_noun_before_a_name_is_no_part_of_it():
    quotes = extract_quotes(Article(text="« Je prie de rester en bonne santé », dit l'Indonésienne Kamariah Yahya. « Le "
                                         "voyage coûte cher », dit le Syrien Paul Roux.", id="t", lang="fr"))
    assert [q.speaker for q in quotes] == ["Kamariah Yahya", "Paul Roux"]


def test_a_reply_named_by_a_noun_and_its_adjective_is_its_author_s():
    quotes = extract_quotes(Article(text="La journaliste l'a interrogé sur ses comptes. Riposte cinglante de Paul Roux : "
                                         "« Je préfère d'autres journalistes que vous ». Réaction immédiate de Julie Morel "
                                         ": « Ce mépris est insupportable pour nous tous ».", id="t", lang="fr"))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Paul Roux", "person"), ("Julie Morel", "person")]


def test_a_name_after_a_fronted_clause_and_a_main_clause_on_a_pronoun_is_no_subject():
    text = ("Sam Fox grew up in Essex and sang in a church choir.\nWhen his first band split in 2010, he became a guitarist "
            "for another group, then joined a hardcore band from Ohio (as Sam Robins), replacing original singer Paul "
            "Stone.\n\"I joined them because I wanted my friends to see that I was still doing something cool. It did not "
            "last.\"")
    quotes = extract_quotes(Article(text=text, id="t", lang="en"))
    assert [q.speaker for q in quotes] == ["Sam Fox"]


def test_who_heads_a_body_named_by_its_acronym_is_not_who_heads_another_spelt_out():
    text = ("La présidente de la région Bretagne, Valérie Morel, a parlé lundi. Marie Dubois a répondu mardi. « Cela fait "
            "des mois que je le dis », a confié la présidente du RN.")
    assert [q.speaker for q in extract_quotes(Article(text=text, id="t", lang="fr"))] != ["Valérie Morel"]


def test_who_heads_a_group_named_after_its_kind_is_not_who_heads_another():
    text = ("« Ce n'est pas acceptable du tout », s'est indigné le chef de file des sénateurs LR Paul Roux sur une radio. A "
            "l'inverse, Jean Morel a jugé les images impressionnantes dans un billet de blog. « Cette détermination est un "
            "signal de première importance », a estimé le chef de file des Insoumis.")
    quotes = extract_quotes(Article(text=text, id="t", lang="fr"))
    assert [q.speaker for q in quotes][1] != "Paul Roux"


def test_a_minister_of_one_portfolio_is_not_the_minister_of_another():
    text = ("La phrase a été prononcée par Gérald Morin, ministre de l'Intérieur, dans une interview. Sur une radio, ce "
            "lundi, Jean-Michel Blois a également réagi. « Ce qui compte, c'est la chose plutôt que le mot », a fait "
            "savoir le ministre de l'Education nationale.")
    assert [q.speaker for q in extract_quotes(Article(text=text, id="t", lang="fr"))] != ["Gérald Morin"]


def test_words_opening_the_text_are_the_subject_s_after_them_when_the_title_names_them_second():
    text = ("« J'ai l'impression qu'on venait du même monde... » Marie Dubois pleure Paul Martin. Depuis 2001, l'ancienne "
            "ministre et l'industriel s'étaient liés d'amitié.")
    quotes = extract_quotes(Article(text=text, id="t", title="L'étonnante amitié entre Paul Martin et Marie Dubois",
                                    lang="fr"))
    assert [q.speaker for q in quotes] == ["Marie Dubois"]


def test_a_person_s_noun_held_before_describes_a_person():
    quotes = extract_quotes(Article(text="« C'est un premier avertissement », a écrit l'ex-membre du conseil municipal.",
                                    id="t", lang="fr"))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("l'ex-membre du conseil municipal", "person")]


def test_a_turn_s_adverbial_between_the_subject_and_its_verb_is_no_part_of_the_subject():
    text = ("Le président de l'université a annoncé l'évacuation. L'Unef de son côté dénonce « la lâcheté de "
            "l'intervention policière ». La ministre a de son côté jugé l'intervention « parfaitement justifiée ».")
    quotes = extract_quotes(Article(text=text, id="t", lang="fr"))
    assert [q.mention for q in quotes] == ["L'Unef", "La ministre"]


def test_how_somebody_spoke_after_an_inverted_subject_is_no_part_of_it():
    text = ("« On vit pour être libre », déclare le dessinateur d'une voix neutre. « Nous tiendrons », assure le rédacteur "
            "d'un ton calme. « Rien ne change », ajoute le dessinateur d'un journal satirique.")
    quotes = extract_quotes(Article(text=text, id="t", lang="fr"))
    assert [q.mention for q in quotes] == ["le dessinateur", "le rédacteur", "le dessinateur d'un journal satirique"]


def test_a_title_after_an_infinitive_and_its_preposition_is_its_object_not_the_name_s_after_the_comma():
    text = ("Alors qu'il avait promis de choisir une femme pour colistière, Paul Martin faisait face à une pression "
            "accrue. « Nous allons gagner », a-t-il lancé.")
    quotes = extract_quotes(Article(text=text, id="t", lang="fr"))
    assert [(q.speaker, q.speaker_gender) for q in quotes] == [("Paul Martin", "male")]


def test_a_participle_opening_the_clause_a_comma_closes_before_a_name_tells_its_gender():
    for participle, gender in (("Invité", "male"), ("Invitée", "female")):
        text = (f"{participle} sur une radio ce vendredi, Dominique Martin n'a pas été tendre. « Il faut des excuses », a "
                "lancé Dominique Martin.")
        quotes = extract_quotes(Article(text=text, id="t", lang="fr"))
        assert [(q.speaker, q.speaker_gender) for q in quotes] == [("Dominique Martin", gender)]
    # (not a name in apposition inside the clause: the subject comes after it)
    text = ("Née d'une mère enseignante, Sophie Durand, et d'un père ouvrier, Claude Martin, l'actrice a grandi à Lyon. "
            "« Je suis fier d'elle », a confié Claude Martin.")
    quotes = extract_quotes(Article(text=text, id="t", lang="fr"))
    assert [(q.speaker, q.speaker_gender) for q in quotes] == [("Claude Martin", "unknown")]


def test_an_office_s_description_before_anybody_spoke_means_the_one_the_title_gives_words_to():
    text = ("Le ministre des Comptes publics précise les contours de la baisse d'impôt. Près de 95 % des foyers en "
            "bénéficieront, assure le ministre. « La quasi-totalité des gens seront concernés », a-t-il indiqué. Selon "
            "Paul Martin, la baisse sera compensée par des économies.")
    title = "« 95 % des contribuables paieront moins », affirme Paul Martin"
    quotes = extract_quotes(Article(text=text, id="t", title=title, lang="fr"))
    assert {q.speaker for q in quotes if q.kind == "direct"} == {"Paul Martin"}
    # (not somebody the text brings in by another noun: `un ancien combattant`, then `le vétéran`)
    text = ("Lors d'une cérémonie, il a été interpellé par un ancien combattant. « Quand agirez-vous ? », lui a demandé "
            "le vétéran. « On va continuer le travail », lui a répondu Paul Martin.")
    title = "« On va continuer le travail » : Paul Martin répond à un vétéran"
    quotes = extract_quotes(Article(text=text, id="t", title=title, lang="fr"))
    assert quotes[0].speaker != "Paul Martin"


def test_a_description_means_whom_ce_dernier_opening_the_sentence_before_meant():
    text = ("« Vous avez encore beaucoup à apporter », estime le président de la République. « Si vous étiez prêt, ça me "
            "ferait plaisir. » Un message fort de la part de Paul Martin qui n'a pas manqué de toucher Jean Durand. Ce "
            "dernier, très ému, a quitté la salle. « Je ne m'attendais pas à cela », confie l'ancien international français.")
    quotes = extract_quotes(Article(text=text, id="t", title="Paul Martin plaide pour un retour de Jean Durand", lang="fr"))
    assert [q.speaker for q in quotes] == ["Paul Martin", "Paul Martin", "Jean Durand"]
    # (not in the description's own sentence: whom the words speak of)
    text = ("« Le vol a été préparé », affirme Paul Martin, l'enquêteur. La photo montre Jean Durand. Ce dernier était "
            "hospitalisé et « il a un alibi », a assuré l'enquêteur.")
    quotes = extract_quotes(Article(text=text, id="t", lang="fr"))
    assert [q.speaker for q in quotes] == ["Paul Martin", "Paul Martin"]


def test_a_candidacy_s_description_may_mean_the_one_who_holds_an_office():
    text = ("« La mairie n'a rien fait », a estimé Sophie Durand, maire du VIIe arrondissement. Sur le calendrier du "
            "second tour, la candidate des Républicains plaide pour que « le vote ait lieu assez rapidement ».")
    quotes = extract_quotes(Article(text=text, id="t", lang="fr"))
    assert [q.speaker for q in quotes] == ["Sophie Durand", "Sophie Durand"]


def test_a_description_opening_the_text_means_the_title_s_speaker_the_text_never_names():
    text = ("« Je vais bien, je me sens bien dans mon corps », analyse la star dans un entretien. « Je me souviens de "
            "mon premier festival », s'exclame-t-elle.")
    quotes = extract_quotes(Article(text=text, id="t", title="Sophie Durand dit tout sur sa métamorphose", lang="fr"))
    assert [(q.speaker, q.speaker_gender) for q in quotes] == [("Sophie Durand", "female")] * 2
    # (not a person the title names as no speaker: `le coup de pouce d'un ancien ministre à X`)
    text = "« Seule une coalition permettrait une majorité stable », écrit le proche de l'ancien président."
    quotes = extract_quotes(Article(text=text, id="t", title="Le coup de pouce d'un ancien ministre à Paul Martin",
                                    lang="fr"))
    assert [q.speaker for q in quotes] != ["Paul Martin"]


def test_an_inverted_pronoun_in_an_incise_opening_the_text_means_the_title_s_person_named_in_full_later():
    text = ("Attendue par les soignants, cette loi sera, a-t-il promis, « une réponse ambitieuse ». Il a rappelé le "
            "lancement d'une concertation. Chargé d'en trouver le financement, l'inspecteur des finances Paul Vidal a "
            "proposé des pistes. Emmanuel Morel l'avait annoncé en juin.")
    quotes = extract_quotes(Article(text=text, id="t", title="Grand âge : Morel vise une loi pour 2021", lang="fr"))
    assert quotes[0].speaker == "Emmanuel Morel"


def test_an_incise_inside_the_quotation_opening_the_text_means_the_title_s_person():
    text = ("« J'aurais pu choisir un autre exemple, affirme-t-il. Mais c'est la vérité. » Il compare ensuite ses "
            "revenus à ceux des avocats.")
    title = "Télévision : Paul Morel sifflé en parlant d'argent"
    quotes = extract_quotes(Article(text=text, id="t", title=title, lang="fr"))
    assert quotes[0].speaker == "Paul Morel"


def test_a_role_s_initials_are_no_name_and_stand_for_the_role():
    text = ("Des échantillons sont partis « aux importateurs », dit le directeur général, Marc Olivier. Le contexte "
            "était tendu. « C'était difficile », résume le DG de ce domaine. « Nous tenons bon », a dit le PDG d'une "
            "autre maison.")
    speakers = [q.speaker for q in extract_quotes(Article(text=text, id="t", lang="fr"))]
    assert speakers == ["Marc Olivier", "Marc Olivier", "le PDG d'une autre maison"]


def test_a_role_nobody_is_named_for_keeps_its_article_whatever_its_case():
    text = "« Nous tenons bon », a dit le Premier ministre. « Bien », a répondu l'Ambassadeur."
    assert [q.speaker for q in extract_quotes(Article(text=text, id="t", lang="fr"))] == ["le Premier ministre",
                                                                                       "l'Ambassadeur"]


@pytest.mark.parametrize("title", [
    "Le conseiller de Nicolas Sarkozy met en garde Laurent Wauquiez",  # the adviser, whom the title does not name
    "Affaire Durand : Ged Blezard défend Nicolas Sarkozy",  # a name before, of a first name no list knows
])
def test_a_title_s_person_after_another_or_completing_a_role_is_not_whom_the_opening_pronoun_means(title):
    quotes = extract_quotes(Article(text=TEXT_OPENING_ON_A_PRONOUN, id="t", title=title, lang="fr"))
    assert quotes[-1].speaker != "Nicolas Sarkozy"


def test_a_unique_office_is_the_person_its_own_sentence_named_before_the_quotation():
    text = ("« Il faut apaiser les divisions », a déclaré Emmanuel Macron depuis le Tchad. Si Édouard Philippe a accordé "
            "quelques jours de repos à ses ministres, la consigne est stricte : « Tout le monde a besoin de repos. Mais ne "
            "partez pas trop loin... », a prévenu le Premier ministre.")
    assert quotations(text)[-1].speaker == "Édouard Philippe"


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre de l'Intérieur Christophe Castaner prépare la sécurité. « On est tous cramés, vidés », reconnaît "
     "pourtant un ministre, cité par Le Parisien.", "un ministre"),
    ("Jean Dupont, un professeur de l'université de Nantes, a expliqué la découverte. « Une énorme quantité d'éléments "
     "est sous l'eau », a ajouté un professeur de l'université de Nantes.", "Jean Dupont"),
])
def test_an_indefinite_description_brings_in_somebody_new_unless_its_very_words_describe_a_person_named(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_a_title_naming_a_person_inside_is_that_person_s_not_the_next_name_s():
    text = ("« C'est une grande nouvelle », a salué Christine Lagarde. Une expression utilisée par la présidente de la région "
            "Valérie Pécresse pour féliciter Christine Lagarde. « Bravo à mon amie », a-t-elle écrit.")
    assert not any("présidente" in alias for alias in quotations(text)[0].aliases)


def test_a_title_after_an_elided_preposition_is_no_quotation():
    text = ("L'animateur d'« On n'est pas couché », connu pour ses positions, a réagi. « Je ne regrette rien de ce que "
            "j'ai dit », a-t-il déclaré.")
    assert [q.quote for q in quotations(text)] == ["Je ne regrette rien de ce que j'ai dit"]


@pytest.mark.parametrize("text", [
    "Alexandre Dupuis avait été placé en garde à vue pour « violences en réunion », « usurpation de fonctions » et "
    "« port illégal d'insignes ».",
    "Le parquet a ouvert une enquête pour « homicide involontaire ».",
    "L'ancien maire a été mis en examen mercredi pour « corruption passive » et « recel de fonds publics », a annoncé "
    "le parquet.",
    # a trial's word, then an incise before `pour`
    "La maison-mère comparaît notamment, avec neuf sociétés du groupe, pour « tromperie aggravée » et « escroquerie ».",
])
def test_a_charge_s_name_after_a_legal_procedure_is_no_quotation(text):
    assert quotations(text) == []


def test_words_after_pour_with_no_legal_procedure_before_are_still_quoted():
    text = "Les syndicats ont dénoncé une manœuvre pour « faire peur aux salariés »."
    assert [q.quote for q in quotations(text)] == ["faire peur aux salariés"]


def test_a_quotation_far_from_the_last_speaker_is_the_person_the_sentence_before_introduces():
    filler = "Le nombre de cas a encore augmenté dans la région cette semaine et les hôpitaux sont pleins. " * 6
    text = ("« Le pic arrive », a dit Paul Martin. " + filler + "D'autres médecins ne sont pas convaincus, comme Jean "
            "Dupont, responsable du service des maladies infectieuses. « Ce n'est pas un vrai pic, c'est un long plateau ».")
    assert quotations(text)[-1].speaker == "Jean Dupont"


def test_a_name_in_apposition_right_after_a_quotation_opens_its_clause():
    text = ("« Maintenant, il dit qu'il a été squatté... C'est faux, totalement faux. » Serge, 60 ans, décrivait ainsi sa "
            "détresse mercredi dans les colonnes du Parisien : « A force d'y penser, je n'en dors plus la nuit ».")
    assert quotations(text)[-1].speaker == "Serge"


def test_a_municipality_speaks_as_a_body_after_a_closing_mark_with_no_comma():
    text = ("Dans le Val d'Oise, la ville de Montmagny a rapporté un cas positif. « Il s'agit d'un assesseur » indique la "
            "municipalité sur sa page Facebook.")
    quote = quotations(text)[0]
    assert (quote.speaker, quote.speaker_kind, quote.speaker_gender) == ("la municipalité", "organisation", None)


def test_a_plural_verb_s_inverted_subjects_joined_by_et_speak_together_as_a_later_ils():
    text = ("« La cellule ne suffit pas », estiment le collectif de collaboratrices et ces députés, parmi lesquels Anne "
            "Durand et Paul Martin. « Nous attendons de l'institution qu'elle agisse », ajoutent-ils.")
    speakers = [q.speaker for q in quotations(text)]
    assert speakers == ["le collectif de collaboratrices et ces députés"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("« Quelque chose n'existait pas qui est présent partout », dit joliment Bertrand Dicale, journaliste.",
     "Bertrand Dicale"),
    ("« C'est ce qu'elle vous a dit... » dit doucement l'accusé.", "l'accusé"),
    ("« Évidemment que c'est chaud ! », répond du tac au tac Daphné Roux au public.", "Daphné Roux"),
])
def test_an_adverb_of_manner_between_the_verb_and_its_inverted_subject_is_skipped(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Interrogée par un animateur, la chanteuse est revenue sur sa longue carrière. « J'adore toujours la scène », "
     "dit-elle.", "la chanteuse"),
    ("Accusé d'espionnage, le militaire américain a toujours nié. Il a dit avoir été « piégé » par une connaissance.",
     "le militaire américain"),
])
def test_a_participle_clause_opening_the_sentence_before_is_not_whom_a_pronoun_means(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("L'association féministe Les Effronté-es a déposé plainte. Le texte est « sexiste », dénonce l'association.",
     "Les Effronté-es"),
    ("Le groupe chimique Dow a fermé son site. « Les eaux se sont infiltrées », a confirmé le groupe.", "Dow"),
    ("Le groupe pharmaceutique Sanofi a publié ses résultats. « La croissance est forte », affirme le groupe "
     "pharmaceutique.", "Sanofi"),
    ("Le studio Epic Games plaide pour des règles nouvelles. « Apple impose des restrictions », indique la plainte "
     "du studio.", "Epic Games"),
    ("L'Organisation mondiale de la santé (OMS) met en garde. Le monde entre dans une « phase dangereuse », s'est "
     "alarmée l'organisation.", "Organisation mondiale de la santé"),
])
def test_a_kind_of_body_no_body_that_spoke_answers_is_the_body_named_with_that_noun(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_an_academy_or_an_institution_points_back_to_the_body_that_spoke():
    text = ("Le pictogramme est « contre-productif », estime l'Académie nationale de pharmacie. « Les fabricants sont "
            "incités à l'élargir », juge l'académie. « Par souci médico-légal », ajoute l'institution.")
    assert {q.speaker for q in quotations(text)} == {"Académie nationale de pharmacie"}


def test_a_kind_of_body_opening_a_name_with_no_acronym_to_end_it_names_nobody_before():
    text = "Le président de l'Observatoire fondé il y a 25 ans parle. « La menace grandit », alerte l'observatoire."
    assert quotations(text)[0].speaker == "l'observatoire"


@pytest.mark.parametrize("text, speaker", [
    ("« Nous changeons de cap », a expliqué la rédactrice en chef du journal. « Et vite », a-t-elle ajouté.",
     "la rédactrice en chef du journal"),
    ("« Nous changeons de cap », a expliqué la metteuse en scène du spectacle Marie Dupont.", "Marie Dupont"),
])
def test_a_role_of_several_words_goes_on_past_its_preposition(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("medium", ["RTL", "BFMTV/RMC"])
def test_a_relative_after_the_medium_a_speaker_spoke_on_is_about_the_speaker(medium):
    text = (f"« Je suis serein », a déclaré M. Dupont sur {medium}, qui se dit « à la disposition des juges ». "
            "« Il y a eu un non-lieu », a-t-il ajouté.")
    assert [q.speaker for q in quotations(text)] == ["Dupont"] * 3


def test_a_gerund_opening_the_sentence_leans_on_the_subject_after_its_clause_s_comma():
    text = ("Paul Durand est arrivé sur le plateau. Résumant la situation, il a eu cette phrase : « On nous cache "
            "des choses ».")
    assert quotations(text)[0].speaker == "Paul Durand"


def test_a_name_run_into_the_text_after_a_subheading_s_closing_dash_opens_its_sentence():
    text = ("« C'est reparti », savoure Marc Petit, PDG de la compagnie. Environ 300 personnes sont montées samedi."
            "- « Comme avant » -Jacques Roux n'a pas craint la foule. « On ne voit rien d'en bas », énumère ce kiné "
            "de 60 ans.")
    assert quotations(text)[-1].speaker == "Jacques Roux"


@pytest.mark.parametrize("text, speaker", [
    ("« Beaucoup de moyens ont été déployés », a déclaré un porte-parole des pompiers, le capitaine Paul Roux.",
     "Paul Roux"),
    ("« Il n'y a pas d'autre candidat ? », a lancé la doyenne de l'assemblée, la sénatrice centriste Marie Roux.",
     "Marie Roux"),
    # a name after a preposition, or a noun after its article, is no title's name
    ("« Nous avons suivi les recommandations », a assuré le directeur général, accusé par Paul Roux de mentir.",
     "le directeur général"),
    ("« Ces statues ont plus de cent ans », a rappelé l'édile, un Afro-Américain de 39 ans.", "l'édile"),
])
def test_a_description_s_apposition_of_a_title_and_a_name_names_the_speaker(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_relative_clause_set_off_by_commas_before_the_verb_is_skipped_to_the_description_it_follows():
    text = ("Ségolène Royal décline. L'ex-candidate à la présidentielle, qui n'est plus à jour de ses cotisations au "
            "Parti socialiste, assure qu'« elle ne se présentera pas ». « Je refuse », déclare-t-elle.")
    assert [q.speaker for q in quotations(text)] == ["Ségolène Royal"] * 2


def test_a_name_inverted_after_a_compound_speech_verb_past_an_adverbial_is_the_subject_a_later_pronoun_means():
    text = ("Selon les derniers chiffres de l'agence, 24 % des foyers sont en entreprise. Des mesures seront prises, "
            "a de son côté indiqué Yvan Ricordeau (CFDT), à l'issue de la réunion. « Des réunions vont commencer », "
            "a-t-il précisé.")
    assert quotations(text)[-1].speaker == "Yvan Ricordeau"


@pytest.mark.parametrize("text, speaker", [
    ("« Je ne suis pas candidat », a déclaré le président de Debout la France Nicolas Dupont-Aignan.",
     "Nicolas Dupont-Aignan"),
    ("« Elle était formidable », a témoigné Miss France Geneviève de Fontenay.", "Geneviève de Fontenay"),
    ("« J'adore chanter », a confié France Gall.", "France Gall"),
])
def test_a_place_s_first_name_before_another_first_name_ends_a_body_s_name(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker, kind", [
    ("« Le trafic est coupé », a indiqué France Bleu Isère.", "France Bleu Isère", "organisation"),
    ("« C'est insuffisant », a reconnu la ministre Barbara Roux. « On va avoir des interdictions », a déclaré la "
     "ministre sur la radio France Inter.", "Barbara Roux", "person"),
    ("« J'adore chanter », a confié France Gall. « Et danser », a-t-elle ajouté.", "France Gall", "person"),
])
def test_a_name_opening_on_a_place_s_first_name_is_a_body_s_unless_the_text_says_a_person(text, speaker, kind):
    quote = quotations(text)[-1]
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


def test_the_medium_told_with_its_article_contracted_is_not_whom_the_pronoun_means():
    text = ("Le député Daniel Roux a réagi lundi. « Il faut partir », rappelle Le Figaro. « On avance et elle vient "
            "court-circuiter », explique-t-il au Figaro.")
    assert quotations(text)[-1].speaker == "Daniel Roux"


def test_a_name_of_one_word_whose_quotation_says_je_is_a_person_a_later_description_points_back_to():
    text = ("« Pour moi, ce disque n'allait être qu'un feu de paille », glisse Dubreuil. « L'idée était de ne pas "
            "sonner comme les autres », décortique le musicien.")
    quotes = quotations(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Dubreuil", "person")] * 2
    assert quotes[-1].speaker_gender == "male"


@pytest.mark.parametrize("text", [
    "« Nous regrettons cette décision », indique Ryanair.",  # a body speaks as `nous`
    "« Je n'ai rien vu », selon Mediapart.",  # a medium relaying somebody's words
    "Réponse : « Mon activité favorite, c'est le sport ».",  # a colon is no speech verb
])
def test_a_name_of_one_word_stays_a_body_without_a_speech_verb_s_first_person(text):
    assert quotations(text)[0].speaker_kind != "person"


def test_an_acronym_in_brackets_inside_a_title_does_not_cut_it_from_its_name():
    text = ("« Vous dites n'importe quoi », a lancé Jean Roux. La séquence a marqué le député La République en marche "
            "(LREM) du Bas-Rhin Paul Studer. « J'espère que ma question sera intelligible », a lancé l'élu.")
    assert quotations(text)[-1].speaker == "Paul Studer"


@pytest.mark.parametrize("text, speaker", [
    ("« Jamais un candidat n'a été ainsi sous l'influence de l'argent. » L'attaque de François Roux envers Paul "
     "Martin mercredi n'a pas plu au principal intéressé.", "François Roux"),
    ("« Nous craignons un arrivage de drogue coupée. » Le procureur de Besançon, Étienne Martin, ne cache pas son "
     "inquiétude.", None),  # the next sentence's subject has words of his own
])
def test_an_opening_quotation_ended_by_its_own_full_stop_is_the_speaker_a_noun_of_something_said_names(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Plus de peur que de mal, raconte le responsable au quotidien local. Nous avons pu la rattraper »,",
     "le responsable"),
    ("« Des États préparent les conflits, prévient Paul Roux sur France Inter, et ils sont prêts ».", "Paul Roux"),
])
def test_an_incise_inside_the_quotation_may_name_whom_or_where_it_was_said_after_its_subject(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Des travaux auront lieu », a annoncé la RATP lundi. « Le trafic reprendra mardi », précise le communiqué.",
     "RATP"),
    ("« Il faut partir », a annoncé la préfecture. « Les routes rouvriront », décrit le communiqué de presse.",
     "la préfecture"),
    ("La gendarmerie a publié un bilan. « Trois suspects sont écroués », a indiqué la gendarmerie. « Les autres "
     "seront jugés », ajoute un communiqué diffusé.", "la gendarmerie"),
    # a medium that relayed somebody's words wrote no document of theirs
    ("« Il a été agressé », rapporte Le Parisien. « Elle a reçu l'assistance appropriée », précise le document.",
     "le document"),
])
def test_a_document_with_no_author_named_is_the_body_that_spoke_last(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_a_document_speaks_for_the_body_that_spoke_last_past_its_spokesman():
    text = ("Lacoste précise avoir « arrêté de collaborer » avec le rappeur. « Nous ne prolongerons pas son contrat », a "
            "indiqué un porte-parole. « Nous condamnons toute forme de violence », ajoute le communiqué.")
    assert quotations(text)[-1].speaker == "Lacoste"


def test_a_body_that_spoke_through_its_document_is_not_whom_a_later_pronoun_means():
    text = ("« Des poursuites sont possibles », a indiqué le Conseil de l'Ordre. L'avis est attendu « avant la fin du "
            "mois », selon un courrier. Sollicité par l'AFP, le Pr Paul Roux n'a pas pu être joint. En cause, des "
            "propos qu'il a tenus récemment. « Il y a une véritable corruption », a-t-il encore déclaré.")
    assert quotations(text)[-1].speaker == "Paul Roux"


@pytest.mark.parametrize("text", [
    "« C'est une évidence », affirme Patrick Martin. Côté syndicats, la CFDT a dénoncé des appels « indignes », "
    "par la voix de son secrétaire général Laurent Roux. « Les travailleurs paient la crise », a-t-il déclaré.",
    "« Il faut partir », a dit Patrick Martin. Un ténor du parti pourrait suivre, à en croire le journal, en la "
    "personne de Laurent Roux. Selon lui, « il y a une forme de logique » à ce départ.",
])
def test_the_person_a_body_speaks_through_or_a_description_names_is_whom_a_later_pronoun_means(text):
    assert quotations(text)[-1].speaker == "Laurent Roux"


@pytest.mark.parametrize("text, speaker", [
    ("« Il faut agir », a déclaré Brune Roux. « Si on veut des mers propres, il faut des mesures », a poursuivi la "
     "secrétaire d'Etat.", "Brune Roux"),
    # another role given to the one who spoke, a description of somebody new
    ("« Il faut agir », a déclaré la députée Brune Roux. « C'est trop tard », a ajouté la secrétaire d'Etat.",
     "la secrétaire d'Etat"),
    ("« Il faut agir », a déclaré Brune Roux. « C'est trop tard », a ajouté le secrétaire d'Etat.",
     "le secrétaire d'Etat"),
])
def test_a_definite_description_going_on_with_words_is_the_one_who_just_spoke_unless_told_otherwise(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_a_participle_after_a_body_s_one_capitalised_word_is_an_adjective_of_its_name():
    text = "« Tout est faux », note encore le Hérisson déchaîné. « Rien ne change », conclut le journal."
    assert [q.speaker for q in quotations(text)] == ["Hérisson déchaîné"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("« Trois hommes sont en garde à vue », a indiqué une source policière. « Les faits sont graves », selon cette "
     "même source.", "une source policière"),
    ("« Le suspect est connu », a précisé le parquet de Lille. « Une information judiciaire sera ouverte », a ajouté "
     "la même source.", "le parquet de Lille"),
    ("« Rien n'est décidé », assure l'entourage du ministre. « Il n'en est pas question », fait-on savoir de même "
     "source.", "l'entourage du ministre"),
    # another source: somebody new
    ("« Trois hommes sont en garde à vue », a indiqué une source policière. « Rien n'est fait », a dit une autre "
     "source.", "une autre source"),
])
def test_a_source_pointed_back_to_is_the_one_who_spoke_last(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_a_source_pointed_back_to_with_nobody_before_stays_a_description():
    assert quotations("« Les faits sont graves », a précisé cette source.")[0].speaker == "cette source"


def test_a_surname_after_a_civil_title_names_a_person_a_later_pronoun_may_mean():
    text = ("« Je vais écrire au ministre », a-t-il dit lundi. M. Hurmic est décidé, dans la foulée de la sénatrice "
            "Nathalie Roux, à faire du « lobbying ». « Nous ne sommes pas là pour pallier les carences », a-t-il dit.")
    assert [q.speaker for q in quotations(text) if q.kind == "direct"] == ["Hurmic", "Hurmic"]


def _opening_on_a_pronoun(surname: str) -> str:
    return (f"« Nous attendons le rapport », a-t-elle rappelé devant le Sénat. Le scrutin a été reporté. {surname} a "
            "ensuite quitté la salle sous les applaudissements.")


@pytest.mark.parametrize("text, title, speaker", [
    # a surname alone after an abbreviated or professional civil title is a person's
    *((_opening_on_a_pronoun(surname), "Municipales : la décision « sera partagée » avec le Parlement (Lambertin)",
       "Lambertin") for surname in ("Mme Lambertin", "Me Lambertin", "Le Dr Lambertin")),
    # a surname after a rank and its article too: not the other person the title names, whom the rank's office does
    # not describe
    ("« Méfiez-vous de la confiance aveugle », écrit le chef d'état-major des armées. Ces propos suivent le discours "
     "de Paul Roux devant les armées.", "Le message ambigu du général Lenoir après son rappel à l'ordre par Roux",
     "le chef d'état-major des armées"),
    # the opening pronoun means the title's person it agrees with
    ("« Elle est déterminée et nous sommes prêts », a-t-il affirmé sur France Inter. Dimanche, le ministre Paul Roux "
     "avait appelé à soutenir Mme Lambert. « Elle se défendra », a ajouté M. Ferrand.",
     "Lyon : Lambert est « déterminée », assure Ferrand", "Ferrand"),
])
def test_the_opening_words_mean_the_person_the_title_names(text, title, speaker):
    assert extract_quotes(Article(text=text, id="t", title=title, lang="fr"))[0].speaker == speaker


def test_a_rank_as_an_adjective_is_no_title_of_the_name_after_it():
    resolver = Resolver("La Confédération générale de Roquefort a voté. Le général de Villiers est parti.", language("fr"))
    assert [entity.name for _, entity in resolver.people] == ["Villiers"]


def test_a_civil_title_s_surname_is_not_the_full_name_of_another_gender_told_later():
    resolver = Resolver("Mme Chirac a déclaré y réfléchir. Jacques Chirac est mort en 2019.", language("fr"))
    assert [(entity.name, entity.gender) for _, entity in resolver.people] == [("Chirac", "f"), ("Jacques Chirac", "m")]


def test_a_surname_after_a_civil_title_is_the_full_name_that_ends_with_it():
    """A first name no list knows (`Zorbek`): the surname's, told by the civil title, is the person's."""
    text = "« Le pays s'enlise », estime M. Zarkaoui, chercheur au Caire. Dans son bureau, « rien ne bouge », a ajouté Zorbek Zarkaoui."
    assert [(q.speaker, q.speaker_kind) for q in quotations(text)] == [("Zorbek Zarkaoui", "person")] * 2


@pytest.mark.parametrize("text, speaker", [
    ("« L'État sera exemplaire », promet Gérald Roux. « Je reçois mes collègues cette semaine », a expliqué le "
     "ministre des Comptes publics au journal.", "Gérald Roux"),
    # another person named since, or right after the description: not the one who spoke
    ("« Je n'ai pas à m'excuser », a affirmé Marion Roux. Sa tante Marie Lenoir ne partage pas son avis. « C'est un "
     "piège », a déclaré la présidente du parti.", "la présidente du parti"),
    ("« L'épidémie se termine », a estimé Didier Roux. Des propos jugés « pas très responsables » par le ministre de "
     "la Santé, Olivier Lenoir.", "Olivier Lenoir"),
    # an office of one well-known holder: the holder, not whoever spoke
    ("« Nous avons eu très peur », a raconté Abdel Roux, témoin de l'attaque. « La République fait bloc autour "
     "d'eux », a déclaré le chef de l'État.", "le chef de l'État"),
])
def test_a_role_description_is_the_only_person_who_has_spoken(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le chef des Insoumis juge le calendrier « brutal », a dit Jean-Luc Roux au journal. Jean-Luc Roux a déploré "
     "la concomitance des débats. « Nous voterons contre ce plan », a tempêté le député des Bouches-du-Rhône.",
     "Jean-Luc Roux"),
    # a role in apposition, a party's acronym inside, is another role: somebody else
    ("« Il faut des masques », selon Eric Martin, député (LR) des Alpes-Maritimes. Accusé de « mensonge », le "
     "directeur général de la Santé a répondu : « Nous avons suivi les recommandations ».", "le directeur général de la Santé"),
])
def test_a_role_description_is_the_last_speaker_the_sentence_before_is_about(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_a_stressed_pronoun_opening_the_sentence_is_its_subject_the_person_just_named():
    text = ("« Nous exigeons la vérité », a déclaré Paul Martin. L'affaire rappelle la mort de Marc Roux en 2014. Lui "
            "aussi avait dit « Je ne peux pas respirer », une phrase devenue un cri de ralliement.")
    assert quotations(text)[-1].speaker == "Marc Roux"


def test_a_complement_opening_on_a_possessive_is_an_adjunct_not_the_role_s():
    text = "« Le gouvernement n'a pas été assez présent », aurait déclaré le chef de l'État à son retour d'Argentine dimanche."
    assert quotations(text)[0].mention == "le chef de l'État"


@pytest.mark.parametrize("text", [
    "Les passagers prennent place. Cartes d'embarquement en main, certains visitent le cockpit. « C'est très "
    "amusant », s'enthousiasme-t-il.",
    "La chanteuse sait être persuasive. Ironie du sort, c'est elle qui se fait exclure de la troupe. « Il n'a jamais "
    "voulu », révèle-t-elle.",
    "Le détenu était en semi-liberté. Psychotique, état limite, il s'était emporté. Menaçant, il avait lancé aux "
    "surveillants : « Vous allez tous le regretter ! »",
])
def test_a_phrase_fronted_before_the_clause_s_own_subject_is_nobody_a_pronoun_means(text):
    assert quotations(text)[-1].speaker not in ("Cartes d'embarquement", "Ironie du sort", "Psychotique")


@pytest.mark.parametrize("text, speaker", [
    ("« Entre deux et trois millions de personnes l'ont téléchargée », a déclaré le secrétaire d'État sur une "
     "radio. Cédric Olivier a ajouté que c'était tôt.", "Cédric Olivier"),
    # past the text's first sentence, a description may be somebody the title does not name
    ("Le plan de relance est repoussé. Le porte-parole du gouvernement a annoncé qu'il viendrait « la première "
     "semaine de septembre ». Mais ça « ne change rien », a affirmé Cédric Olivier.", "le porte-parole du gouvernement"),
])
def test_a_description_opening_the_text_is_the_person_the_title_is_about(text, speaker):
    article = Article(text=text, title="Cédric Olivier revendique deux millions de téléchargements", id="t", lang="fr")
    assert next(q for q in extract_quotes(article) if q.kind != "indirect").speaker == speaker


def test_the_title_gives_the_words_opening_the_text_to_the_person_the_text_names_by_the_surname():
    text = ("« Personne ne me dictera mon calendrier ». La réponse est tombée dimanche, après la lettre de Marine "
            "Lenoir. Paul Roux doit participer ce soir à une émission politique.")
    article = Article(text=text, title="Liste commune : « Personne ne me dictera mon calendrier », répond Roux", id="t", lang="fr")
    assert extract_quotes(article)[0].speaker == "Paul Roux"


@pytest.mark.parametrize("text, speaker", [
    ("« Beaucoup de Français se disent : 'le président n'est pas un président pour nous' », rapporte Xavier Roux.",
     "Beaucoup de Français"),
    ("« Alors que je travaillais, Paul Sardi m'appelle : 'C'est très gentil de me l'avoir dit !' Je n'ai pas "
     "compris », se souvient Marc Roux.", "Paul Sardi"),
    # the speaker's own words for somebody: the speaker's
    ("« Je leur ai dit : 'Nous ne céderons jamais sur ce point' », raconte Xavier Roux.", "Xavier Roux"),
])
def test_words_quoted_inside_a_quotation_with_a_cue_of_their_own_are_theirs(text, speaker):
    nested = [q for q in quotations(text) if q.quote.startswith(("le président", "C'est", "Nous"))]
    assert [q.speaker for q in nested] == [speaker]


def test_a_paragraph_glued_to_the_one_before_opens_a_sentence():
    text = ("Le policier a été suspendu.Procédure disciplinaireSelon l'AFP, l'arme « datait probablement de la "
            "Seconde Guerre mondiale ».")
    assert [(q.speaker, q.mention) for q in quotations(text)] == [("AFP", "l'AFP")]


def test_a_party_named_after_a_role_is_not_its_holder():
    text = ("Sur les listes nationales, Rachida Roux est tout aussi sévère. « On va avoir des personnes hors sol », "
            "juge l'élue les Républicains.")
    assert quotations(text)[0].speaker == "Rachida Roux"


@pytest.mark.parametrize("text, speaker", [
    ("Marie Dupuis, chercheuse au laboratoire de physique de l'Inserm confirme : « Nous avons vu des résultats nets ».",
     "Marie Dupuis"),
    ("Paul Martin, le directeur de la Banque de France explique : « La reprise sera lente ».", "Paul Martin"),
    # the apposition closed, then another clause with a subject of its own
    ("L'auteur du tir, Marc Roux, a été suspendu et le procureur de la ville a indiqué : « Il sera jugé ».",
     "le procureur de la ville"),
    # a name after a fronted phrase in apposition to a role in it; the subject is the phrase with a name of its own
    ("Dans une lettre au président du pays, Félix Roux, le roi Philippe a écrit : « Je tiens à exprimer mes regrets ».",
     "Philippe"),
    # a fronted phrase is no name
    ("A Paris, une directrice d'école a prévenu : « Tous les enfants ne pourront pas revenir ».",
     "une directrice d'école"),
])
def test_an_apposition_left_open_before_the_verb_describes_the_name_its_subject(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_an_apposition_left_open_before_the_verb_in_english():
    text = 'Jane Doe, a professor at Cambridge University said: "The data is clear."'
    article = Article(text=text, id="t", lang="en")
    assert extract_quotes(article)[0].speaker == "Jane Doe"


@pytest.mark.parametrize("text, speaker", [
    # a civil title after the medium spoken to opens the subject
    ("« Nous avons perdu quarante millions d'euros », a dit à la presse M. Roux.", "Roux"),
    ("« Il ne faut pas laisser la jeunesse souffrir », a averti sur France Inter Mme Lenoir.", "Lenoir"),
    # after a medium's acronym, a name nobody listed running to the comma, an initial opening it
    ("« Nous avons récupéré trente corps », a déclaré à l'AFP A. Zorab Islam, plongeur des pompiers.", "A. Zorab Islam"),
    ("« Nous avons récupéré trente corps », a déclaré à l'AFP Zorab Islam, plongeur des pompiers.", "Zorab Islam"),
    # but a medium's name running on to the civil title
    ("« Ma vraie vocation, c'est d'être prêtre », avait déclaré à la radio RCF Lyon Mgr Roux, assurant être serein.", "Roux"),
])
def test_the_subject_after_a_medium_spoken_to_opens_on_a_title_or_a_name(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, gender", [
    # a role after the age, joined to it
    ("« Je suis venue voter », explique Zorab Aouichat, 39 ans et mère d'une petite fille.", "female"),
    # a name with a lower-case particle, its role of no gender
    ("« Il n'y a que trois lits », souligne Zorab al-Sibai, porte-parole du comité.", "unknown"),
])
def test_a_name_nobody_listed_with_a_person_s_apposition_is_a_person(text, gender):
    assert [(q.speaker_kind, q.speaker_gender) for q in quotations(text)] == [("person", gender)]


def test_a_body_named_by_its_kind_speaks_after_a_quotation_with_no_comma():
    text = "« Le coeur lourd, nous vous annonçons un accident » a tweeté dimanche la patrouille acrobatique."
    assert [(q.speaker, q.speaker_kind) for q in quotations(text)] == [("la patrouille acrobatique", "organisation")]


@pytest.mark.parametrize("text, speaker", [
    ("« J'arrête de chanter. Définitivement ». Dans les colonnes du journal, Michel Roux est clair : la musique, "
     "c'est terminé.", "Michel Roux"),
    ("« Je vous dis la vérité. Je suis incapable de mentir ». Dans un long entretien publié vendredi, Yann Roux "
     "confesse ses erreurs.", "Yann Roux"),
    # a party's name holding a plural article is no person's
    ("« Il est dans le déni de la réalité ». Sur LCI, mardi, le député européen d'Europe Écologie Les Verts (EELV) "
     "Yannick Roux s'est étonné du silence.", "Yannick Roux"),
])
def test_a_quotation_opening_the_text_is_the_subject_s_of_the_sentence_after_past_its_adverbial(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("« Une voiture unique au monde, faite pour les routes sinueuses ». C'est en ces termes que Paul Roux, le "
     "président de la marque, présente sa dernière création.", "Paul Roux"),
    ("« Foutez-lui la paix ». C'est par ces mots que l'écrivain Yann Roux a conclu un long plaidoyer.", "Yann Roux"),
])
def test_a_link_calling_the_quotation_somebody_s_wording_gives_it_to_the_clause_s_subject_whatever_its_verb(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_words_in_the_first_person_continue_the_person_past_a_body_that_told_her_story():
    text = ("La religieuse Marie Roux a retrouvé la marche. « Au départ, j'ai été submergée d'appels, c'était "
            "étrange », raconte-t-elle. La sœur a même découvert les selfies, explique Le Parisien. « Moi qui "
            "n'aimais pas les photos, j'ai dû m'y faire. »")
    assert [(q.kind, q.speaker) for q in quotations(text)][-1] == ("direct", "Marie Roux")


@pytest.mark.parametrize("text, speaker", [
    ("Dominique Roux-Kahn a perdu ses nerfs. DRK lui a alors répondu sèchement : « Continuez à ne pas me voir ! »",
     "Dominique Roux-Kahn"),
    ("Le PS répond. Bernard-Henri Roux arrive. « Je suis là pour gagner », a dit BHR.", "Bernard-Henri Roux"),
    # a body's initials stay its own
    ("La Ligue de défense arrive. « Nous sommes là pour gagner », a dit LDD.", "LDD"),
])
def test_a_word_in_capitals_spelling_a_person_s_initials_is_that_person(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("words, speaker", [
    ("J'affronterai avec fermeté cette tentative d'intimidation", "Omar Roux"),
    # words of a body, in the first person plural: the body may be `il`
    ("Nous affronterons avec fermeté cette tentative d'intimidation", "Amnesty"),
])
def test_a_pronoun_saying_words_in_the_first_person_singular_means_no_body_s_name(words, speaker):
    text = (f"Le journaliste Omar Roux juge ces accusations « ridicules ». « Il doit être libéré », a déclaré Amnesty. "
            f"« {words} », a-t-il commenté.")
    assert quotations(text)[-1].speaker == speaker


def test_a_paragraph_glued_to_a_name_opens_on_its_article():
    text = ("« L'axe orageux poursuit son décalage en Méditerranée », indique Météo FranceDes cumuls importants ont "
            "été relevés.")
    assert [(q.speaker, q.mention) for q in quotations(text)] == [("Météo France", "Météo France")]


def test_one_of_a_group_speaks_after_a_quotation_with_no_comma():
    text = ("Une banderole est dressée devant le bus. « Ils ont sans doute confondu avec un autre bus » explique l'un "
            "des prêtres présents.")
    assert [q.speaker_kind for q in quotations(text)] == ["person"]
    assert quotations(text)[0].speaker.startswith("l'un des prêtres")


def test_after_a_colon_an_incise_s_subject_follows_its_verb():
    text = ("« Il y a des dégradations très importantes » : les vitres de la stèle ont été brisées, au pied du "
            "monument, a constaté la présidente de l'association, Déborah Roux.")
    assert quotations(text)[0].speaker == "Déborah Roux"


def test_after_a_colon_an_incise_of_another_quotation_is_not_the_clause_s():
    text = ("« La démagogie, elle va jusqu'où ? » : interpellé par Xavier Roux, François Lenoir répond sur Europe 1 "
            "« Il n'y a personne qui bouge au gouvernement ? », a interrogé Xavier Roux.")
    assert quotations(text)[0].speaker == "François Lenoir"


@pytest.mark.parametrize("text, speaker", [
    ("« Pourquoi j'ai cent euros de moins ? ». Un retraité a profité de la visite du président pour lui demander "
     "des explications.", "un retraité"),
    # a thing, no speaker
    ("« Pourquoi j'ai cent euros de moins ? ». La hausse de la taxe a profité au gouvernement.", None),
])
def test_a_quotation_opening_the_text_is_the_person_the_sentence_after_describes_as_its_subject(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Le rapport prédit plus de trois mille morts par jour », selon le New York Times.", "New York Times"),
    ("« La ville va souffrir », a déclaré le maire de New York Bill Roux.", "Bill Roux"),
    ("« Les membres adorent ça », a précisé une source au New York Post.", "une source"),
])
def test_a_place_s_first_name_inside_a_body_s_name_opens_no_person_s_name(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, kind", [
    ("En réponse, Zorab Mauborgne (LREM) a défendu la « possibilité pour l'employeur de créer un compte de don ».",
     "person"),
    # a body's own initials in brackets
    ("En réponse, Médecins Frontières (MF) a défendu la « possibilité pour l'employeur de créer un compte de don ».",
     "organisation"),
])
def test_a_name_followed_by_a_party_s_acronym_is_a_person_s(text, kind):
    assert [q.speaker_kind for q in quotations(text)] == [kind]


@pytest.mark.parametrize("text, speaker", [
    ("« Le plus gênant, c'est la rapidité », a dénoncé le député et numéro deux de LFI Adrien Roux sur Twitter.",
     "Adrien Roux"),
    ("« La langue française se porte bien », estime le linguiste et lexicographe Alain Roux.", "Alain Roux"),
    # a name completing the second title is not its holder's
    ("« Ce n'est pas une enquête banale », a dit l'eurodéputé et ancien ministre de l'Intérieur de Nicolas Roux.",
     "l'eurodéputé"),
])
def test_a_second_title_after_a_coordinator_runs_to_its_holder_s_name(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_speech_verb_after_comme_has_its_subject_after_it_up_to_the_colon():
    text = ("L'établissement se situe dans une avenue fréquentée, comme raconte un témoin joint par la radio : « On a "
            "entendu des détonations et on a vu des gens courir ».")
    assert quotations(text)[0].speaker.startswith("un témoin")


def test_an_incise_inside_the_quotation_ends_on_a_description_set_off_with_no_comma():
    text = ("Le tableau a été vendu. « De telles surprises arrivent parfois, a expliqué à la radio, Cyril Roux le "
            "commissaire-priseur. Nous n'avions pas eu le temps de faire expertiser le tableau. »")
    assert quotations(text)[0].speaker == "Cyril Roux"


def test_words_introduced_by_a_colon_keep_their_speaker_past_a_link_after_their_full_stop():
    text = ("Interrogé par LCI, David Roux, porte-parole du parti, explique ce choix : « Il y a des gens qui peuvent "
            "être touchés par cette application ». C'est ainsi que le vice-président du parti a lancé sa chaîne.")
    assert [q.speaker for q in quotations(text) if q.kind == "direct"] == ["David Roux"]


def test_a_description_coordinated_before_a_name_is_not_its_title():
    text = ("En 1986, la chanteuse et Michel Roux rencontrent un jeune garçon au Sénégal. « Nous l'avons aidé », a "
            "raconté Michel Roux.")
    assert [(q.speaker, q.speaker_gender) for q in quotations(text)] == [("Michel Roux", "male")]


@pytest.mark.parametrize("text, speaker", [
    ("« Les animaux sont à l'aise quand il n'y a pas de visiteurs », ajoute M. KhanLe parc est resté fermé.", "Khan"),
    ("« Il a tiré en direction des gendarmes », a raconté le témoinAucune victime n'est à déplorer.", "le témoin"),
])
def test_a_noun_phrase_ends_where_a_paragraph_glued_to_it_opens(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Mais elle regrette que la CGT n'ait recommandé « que les mesures les plus consensuelles ».", "CGT"),
    ("Le constructeur allemand n'a pas caché son ambition : « l'une des marques les plus innovantes ».",
     "le constructeur allemand"),
])
def test_a_subject_ends_before_the_negation_of_its_verb(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_chef_d_etat_without_its_article_is_the_head_of_state_s_epithet():
    text = ("« Nous voulons la vérité », a dit le chef de la police Orlando Roux. Le président Martín Lenoir a déploré "
            "la tragédie. « Ce n'est pas possible », a dit le chef d'Etat à des journalistes.")
    assert quotations(text)[-1].speaker == "Martín Lenoir"


def test_a_pronoun_means_the_person_the_sentence_before_describes_as_its_subject():
    text = ("Ce pharmacien rémois est tombé dans le panneau, tant la proposition était alléchante. « Quand j'ai vu ce "
            "fax, je me suis dit que c'était incroyable », raconte-t-il à la radio. Plus tard, Eric Roux, le président "
            "du groupe, a repéré la supercherie.")
    assert quotations(text)[0].speaker == "ce pharmacien rémois"


@pytest.mark.parametrize("text, speaker", [
    ("La mère d'un enfant de 9 ans qui porte cette veste depuis trois ans assure : « Il la met de lui-même. »",
     "la mère d'un enfant de 9 ans"),
    ('An antiques dealer who was diagnosed with a disease a decade ago said: "I want to be still."', "antiques dealer"),
])
def test_a_subject_before_a_relative_clause_with_no_comma_is_the_verb_s(text, speaker):
    lang = "en" if text.startswith("An") else "fr"
    quotes = [q for q in extract_quotes(Article(text=text, id="t", lang=lang)) if q.kind == "direct"]
    assert speaker in quotes[0].speaker.lower()


def test_ce_dernier_after_a_speech_verb_is_its_subject_not_a_time():
    text = ("« Si vous êtes élu, on aura un président contesté », a lancé Christine Roux, évoquant l'attitude de "
            "François Lenoir. « De quel droit me condamnez-vous ? », a sèchement répliqué ce dernier.")
    assert quotations(text)[-1].speaker == "François Lenoir"


@pytest.mark.parametrize("text", [
    "Le pays est exposé, comme le rappelle le directeur du Centre d'analyse des risques Paul Lenoir : « C'est une cible. »",
    "Le pays est exposé, comme le rappelle sur une radio le directeur du Centre d'analyse des risques Paul Lenoir : "
    "« C'est une cible. »",
])
def test_a_speech_verb_s_form_after_a_preposition_is_a_noun_not_the_cue(text):
    assert quotations(text)[0].speaker == "Paul Lenoir"


@pytest.mark.parametrize("text", [
    "Paul Roux, ami de longue date de Jean Lenoir, s'exprime à son tour. « J'ai vécu avec lui une belle amitié », "
    "détaille l'ancien ministre de la Culture.",
    "Paul Roux, ami de longue date de Jean Lenoir, s'exprime à son tour. « Quelle tristesse ». « J'ai vécu avec lui une "
    "belle amitié », détaille l'ancien ministre de la Culture.",
])
def test_a_former_office_points_back_to_the_subject_before_a_name_after_a_preposition(text):
    assert quotations(text)[-1].speaker == "Paul Roux"


@pytest.mark.parametrize("text, speaker", [
    ("Paul Lenoir doit sa sortie à Me Eric Roux. Touché par son histoire, il a pris contact avec Paul Lenoir. « Je lui "
     "ai demandé s'il voulait sortir », explique l'avocat.", "Eric Roux"),
    ("Paul Lenoir doit sa sortie à Me Claire Roux. Touchée par son histoire, elle a pris contact avec Paul Lenoir. « Je "
     "lui ai demandé s'il voulait sortir », explique l'avocate.", "Claire Roux"),
])
def test_a_civil_title_telling_a_profession_is_what_a_description_of_it_points_back_to(text, speaker):
    quote = quotations(text)[-1]
    assert (quote.speaker, quote.speaker_gender) == (speaker, "female" if "Claire" in speaker else "male")


def test_relancer_after_an_object_pronoun_is_a_question_s_cue():
    text = ("« Ce débat est inutile », regrette le député Paul Roux. « Mais vous y participez ? », l'a relancé la "
            "journaliste. « Bien sûr », assume-t-il.")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "la journaliste", "Paul Roux"]


def test_a_name_after_sur_completes_a_role_and_is_not_its_holder():
    text = ("Le présentateur de Quiz Express sur TVX a expliqué avoir été mis à l'écart. « On me disait que j'étais trop "
            "populaire », se souvient-il.")
    assert [q.speaker for q in quotations(text) if q.kind == "direct"] == ["le présentateur de Quiz Express sur TVX"]


@pytest.mark.parametrize("text, speaker", [
    ("Paul Roux a-t-il demandé à Jean Lenoir de prendre la tête du parti ? « J'ai échangé bien sûr avec Paul Roux, mais "
     "aussi avec un collectif », explique-t-il.", "Jean Lenoir"),
    ("Philippe Morel a-t-il parlé avec Marc Lenoir ? « Justin Morel était mon frère », explique-t-il.", "Philippe Morel"),
])
def test_a_pronoun_does_not_mean_whom_its_quotation_names_in_the_third_person(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_paragraph_glued_to_the_speaker_opening_on_a_lone_capital_a_is_no_part_of_the_speaker():
    text = "« Nous prenons ça au sérieux », affirme le procureurA une vingtaine de kilomètres, la ville dort."
    assert quotations(text)[0].speaker == "le procureur"


def test_pretendre_before_a_is_no_speech_verb():
    text = ("Les parents peuvent « être placés en arrêt de travail », a expliqué le ministère de la Santé. Seul un des "
            "parents peut prétendre au versement d'indemnités « pour la durée de fermeture ». « Un service en ligne "
            "dédié a été créé à destination des employeurs. »")
    quotes = quotations(text)
    assert [q.cue for q in quotes] == ["expliquer", None, None] and quotes[-1].speaker == "le ministère de la Santé"


def test_a_party_acronym_after_a_role_with_an_elided_article_is_the_party_not_the_holder():
    text = ("Gérald Roux est ministre depuis 2017. Engagé jeune, l'ex-élu LR passé à LREM croit en « une troisième "
            "voie ». « On ne peut rien faire sans le peuple », martèle-t-il.")
    assert {q.speaker for q in quotations(text)} == {"Gérald Roux"}


@pytest.mark.parametrize("text, speaker", [
    ("Claire Roux a reçu la délégation. Il s'agit d'« un échange d'expérience sur leurs engagements », selon le "
     "cabinet de Mme Roux.", "le cabinet de Mme Roux"),
    ("« Le ministre a été reçu dans la matinée », a indiqué l'entourage de M. Lenoir.", "l'entourage de M. Lenoir"),
    ("Le débat continue. « Tous les plans sont évalués », selon les propos de M. Lenoir.", "Lenoir"),
])
def test_a_name_after_de_and_its_civil_title_completes_the_description(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_an_inverted_incise_inside_the_quotation_may_end_on_a_long_adjunct():
    text = ("Le garçon a été hospitalisé. « J'ai eu froid, j'ai mal dormi, a-t-il raconté au journal local à sa sortie "
            "de l'hôpital, mardi. J'ai bu dans un ruisseau. » « Nous avons dû le convaincre », a expliqué un secouriste.")
    assert [q.speaker for q in quotations(text)] == ["le garçon", "un secouriste"]


def test_the_subject_of_a_cleft_sentence_s_que_clause_is_what_a_later_pronoun_means():
    text = ("« Nous allons enquêter », a déclaré Robert Lenoir. Ce n'est pas la première fois que Daniel Roux s'en prend "
            "au vin français. En juin, il avait jugé les taxes trop fortes. « Ce n'est pas juste », avait-il prévenu.")
    assert quotations(text)[-1].speaker == "Daniel Roux"


def test_a_title_with_its_year_in_brackets_or_named_after_an_adverb_is_no_quotation():
    text = ("Il a écrit des romans, comme « L'incendie de Lisbonne » (1995) ou « La mission des sources » (2002). "
            "L'émission s'appelait alors « Ouvrez les portes ». « Le journalisme m'a sauvé », assurait-il.")
    assert [q.quote for q in quotations(text)] == ["Le journalisme m'a sauvé"]


@pytest.mark.parametrize("text, speaker", [
    ("Les parents peuvent « être placés en arrêt de travail », ont expliqué le ministère de la Santé et l'Assurance "
     "maladie.", "le ministère de la Santé et l'Assurance maladie"),
    ("« Nous sommes prêts », a déclaré le ministre de l'Économie et des Finances.",
     "le ministre de l'Économie et des Finances"),
])
def test_two_bodies_a_plural_verb_has_for_subjects_speak_together(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_title_in_apposition_to_a_work_s_noun_is_no_quotation_but_words_after_dit_are():
    text = ("Il a publié son premier livre, « Un soldat en fuite », à 40 ans. Il m'a dit, « Paul, il gère son risque "
            "pénal », a affirmé Jean Roux.")
    assert [q.quote for q in quotations(text)] == ["Paul, il gère son risque pénal"]


def test_a_description_of_a_role_means_the_subject_before_a_name_after_a_preposition_in_its_sentence():
    text = ("« Je n'ajoute rien », a ajouté le ministre Paul Lenoir. Élu samedi maire de Lille, le ministre Jean Roux a "
            "répété qu'il avait été autorisé à cumuler par Paul Lenoir. Le lendemain, le ministre des Comptes publics "
            "avait expliqué vouloir « peser davantage » sur les choix.")
    assert quotations(text)[-1].speaker == "Jean Roux"


def test_a_comma_inside_brackets_after_the_subject_closes_no_adjunct():
    text = ("« Les réservations ont crû de 56 % », a expliqué vendredi à l'AFP le géant européen du voyage en ligne Odivo "
            "(Opala, Go Trips, eVoyage). Ces données concernent des vols.")
    assert quotations(text)[0].mention == "le géant européen du voyage"


def test_a_present_participle_after_a_comma_and_a_noun_phrase_has_that_phrase_for_subject():
    text = ("L'entreprise a condamné l'agression, le directeur régional de la société se disant « choqué ». « Jamais "
            "nous n'avons connu de tels débordements », a-t-il dit.")
    assert {q.speaker for q in quotations(text)} == {"le directeur régional de la société"}


def test_pour_and_a_medium_s_name_between_an_inverted_verb_and_its_subject_is_an_adjunct():
    text = "« Le chiffrement est douteux », commente pour Radio X le chercheur en sécurité Paul Lenoir."
    assert quotations(text)[0].speaker == "Paul Lenoir"


def test_a_relative_clause_ending_on_a_place_set_off_by_commas_leaves_the_antecedent_the_subject():
    text = ("Paul Lenoir qui ne quittait plus son lit dans son appartement des Tilleuls, à Dijon, avait expliqué dans un "
            "entretien avoir « décidé de dire stop ».")
    assert quotations(text)[0].speaker == "Paul Lenoir"


def test_an_adventurer_and_a_novelist_are_roles_of_people():
    text = ("De son côté, Marc Lenoir explique sa méthode. « C'était une épreuve », avait pointé l'aventurier. La "
            "romancière Anne Roux le confirme. « Il est dur », a ajouté la romancière.")
    assert [(q.speaker, q.speaker_gender) for q in quotations(text)] == [("Marc Lenoir", "male"), ("Anne Roux", "female")]


def test_a_civil_title_before_the_name_in_apposition_to_an_inverted_description_names_the_speaker():
    text = ("« Notre rapport montre que la démence se prévient », estime l'auteur principal, la Pr Gilles Lenoir de "
            "l'université de Lille.")
    assert quotations(text)[0].speaker == "Gilles Lenoir"


def test_a_carer_is_a_role_covering_a_doctor_named_before():
    text = ("Jean Lenoir, médecin et pasteur de l'association, a publié un manifeste. « Le rassemblement n'est pas "
            "responsable », martèle-t-il. « Je demande pourquoi je suis doublement atteint », déplore le soignant qui "
            "a été contaminé.")
    assert [q.speaker for q in quotations(text)] == ["Jean Lenoir", "Jean Lenoir"]


def test_a_stressed_pronoun_after_an_opening_connective_is_the_subject():
    text = "Anne Roux raconte sa rencontre avec Paul Lenoir. Mais lui m'a répondu : « Je n'ai pas le temps. »"
    assert quotations(text)[0].speaker == "Paul Lenoir"


def test_a_body_s_words_naming_the_body_in_the_third_person_still_continue_it():
    text = ("« Les parents peuvent être placés en arrêt de travail », a expliqué l'Assurance maladie. « Un service en "
            "ligne dédié a été créé par l'Assurance maladie à destination des employeurs. »")
    assert [q.speaker for q in quotations(text)] == ["Assurance maladie", "Assurance maladie"]


def test_a_word_capitalised_to_open_the_sentence_is_no_first_name_of_the_name_after_it():
    text = ("Paul Roux a grandi à Naplouse. Si Gaza est sous blocus, la Cisjordanie manifeste. « J'essaie encore de "
            "comprendre », dit-il.")
    assert quotations(text)[0].speaker == "Paul Roux"


def test_a_description_is_not_the_speaker_whose_words_spoke_of_somebody_by_it():
    text = ("Lundi, Marc Roux déclare : « Je compte le faire cet été. » Mardi, Paul Lenoir a déclaré : « Le président "
            "a souhaité des centres au sud du pays. » « Je souhaite traiter les demandes au plus près du terrain », "
            "avait déclaré le président dans un autre discours.")
    assert [q.speaker for q in quotations(text)] == ["Marc Roux", "Paul Lenoir", "Marc Roux"]


def test_a_description_may_be_the_speaker_whose_own_cue_inside_the_words_names_it():
    text = ("« Notre opération est un flop, a confié au quotidien le directeur du magasin. Je présente mes excuses. » "
            "Lundi, le magasin a fermé. « La foule s'est jetée sur notre agent », a raconté le directeur.")
    assert [q.speaker for q in quotations(text)] == ["le directeur du magasin", "le directeur du magasin"]


@pytest.mark.parametrize("noun, gender", [("la cliente", "female"), ("l'usagère", "female"), ("ce veuf", "male"),
                                          ("la patiente", "female"), ("l'artisan", "male")])
def test_a_noun_of_a_person_describes_a_person_of_its_gender(noun, gender):
    quote = quotations(f"« Je n'ai rien vu venir », raconte {noun}.")[0]
    assert (quote.speaker, quote.speaker_kind, quote.speaker_gender) == (noun, "person", gender)


def test_a_pronoun_means_the_person_a_noun_describes_as_the_subject_before():
    text = ("Une habitante de Lille a eu une belle frayeur. L'appareil a craché une flamme. La cliente a filmé "
            "l'incident. Elle a même raconté ses déboires à une chaîne locale. « J'ai entendu le moteur ralentir », "
            "a-t-elle raconté.")
    assert quotations(text)[0].speaker == "la cliente"


def test_persons_after_a_pronominal_verb_past_a_closing_mark_with_no_comma_speak():
    text = "Des routiers bloquent l'autoroute. « On va les bloquer aussi » se sont emportés des chauffeurs auprès de la radio."
    assert quotations(text)[0].speaker == "des chauffeurs"


def test_persons_after_a_verb_past_a_closing_mark_with_no_comma_may_be_its_object():
    text = "Alors le consortium « Génétique humaine contre le virus » a commencé à recruter des patients en Chine."
    assert quotations(text)[0].speaker is None


def test_a_document_after_par_before_a_colon_is_the_means_not_the_speaker():
    text = "Le site de petites annonces lui a répondu par un tweet quelques heures plus tard : « Voulez-vous lui expliquer ? »"
    assert quotations(text)[0].speaker == "le site de petites annonces"


def test_a_document_s_author_after_par_before_a_colon_is_the_speaker():
    text = "La mairie a été interpellée par un tweet de Marc Roux : « Nous sommes surpris. »"
    assert quotations(text)[0].speaker == "Marc Roux"


@pytest.mark.parametrize("text, speaker", [
    ("« Je pleure parce que les enfants ne sont pas respectés. » Tels sont les mots d'un prêtre de Lille, qui lance un "
     "appel.", "un prêtre de Lille"),
    ("Marc Roux se tait. « Je pleure parce que les enfants ne sont pas respectés », telle est la réaction du ministre de "
     "l'Intérieur.", "le ministre de l'Intérieur"),
])
def test_a_phrase_calling_the_quotation_somebody_s_words_names_its_speaker(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_pronoun_speaking_in_the_first_person_means_the_person_subject_before_not_the_body_that_spoke():
    text = ("« Le Premier ministre n'est pas animé par la politique », précise Matignon. Cette marque ouvre-t-elle une "
            "période nouvelle pour Paul Lenoir ? L'ancien Premier ministre a été marqué par son échec. « Ce que j'ai "
            "subi n'est pas de la rigolade », disait-il au Point en octobre.")
    assert [q.speaker for q in quotations(text)] == ["Matignon", "Paul Lenoir"]


def test_words_after_a_pronoun_s_sentence_with_no_cue_are_the_person_it_goes_on_with():
    text = ("Marie Roux s'est livrée à une confidence. Elle a ensuite ajouté. « Non pas le remplacer, mais ça pouvait "
            "être quelqu'un de bien. »")
    assert quotations(text)[0].speaker == "Marie Roux"


def test_words_after_a_description_s_sentence_with_no_cue_are_the_person_it_describes():
    text = ("Paul Lenoir a été touché par ces mots. Le comédien avait publié sur son compte un message poignant. « Salut "
            "Véronique. Je ne pensais pas que tu partirais aussi vite. »")
    assert quotations(text)[0].speaker == "Paul Lenoir"


def test_a_participle_in_a_relative_clause_leans_on_the_relative_s_antecedent():
    text = ("Lors de sa visite, le président a été questionné par un garçon de 6 ans, qui l'a tutoyé en lui disant : "
            "« Tu sais, les gens ne sont pas contents sur l'essence. »")
    assert quotations(text)[0].speaker == "un garçon de 6 ans"


def test_a_participle_coordinated_after_a_relative_clause_leans_on_the_main_subject():
    text = ("Après avoir chassé la personne qui devait l'interviewer et assurant avoir été « maltraité », l'écrivain Marc "
            "Roux a répondu aux lecteurs.")
    assert quotations(text, kinds=("partial",))[0].speaker == "Marc Roux"


def test_somebody_a_relative_clause_brings_in_does_not_take_the_floor():
    text = ("Anne Roux a évoqué le souvenir d'une enseignante qui l'avait marquée en lui disant de « ne jamais oublier "
            "les autres ». « J'y ai plus que jamais pensé la semaine dernière », assure-t-elle.")
    assert [q.speaker for q in quotations(text)] == ["une enseignante", "Anne Roux"]


def test_the_subject_of_a_relative_clause_opened_by_dont_is_whom_a_later_pronoun_means():
    text = ("« Les enfants vont bien », a déclaré Axel Kahn. Un défaut d'information dont Paul Roux peut témoigner. « On "
            "ne m'a rien dit, pas de nouvelles », raconte-t-il.")
    assert [q.speaker for q in quotations(text)] == ["Axel Kahn", "Paul Roux"]


def test_one_of_a_list_after_dont_is_not_whom_a_later_pronoun_means():
    text = ("« Je n'ai pas tardé », a insisté Marc Roux devant des députés, dont Paul Lenoir et Jean Petit. « Il est "
            "faux de dire que mon intuition n'a pas été suivie », a-t-il poursuivi.")
    assert [q.speaker for q in quotations(text)] == ["Marc Roux", "Marc Roux"]


@pytest.mark.parametrize("incise", ["à l'AFP, sans plus de précisions,", "samedi à l'AFP, sous couvert d'anonymat,",
                                    "sans détour"])
def test_adjuncts_and_an_incise_between_the_verb_and_its_inverted_subject(incise):
    text = f"« Nous avons accepté son départ mais à des conditions », a dit {incise} un responsable de la junte."
    assert quotations(text)[0].speaker == "un responsable de la junte"


def test_the_one_member_a_sentence_ends_on_after_dont_is_whom_a_later_pronoun_means():
    text = ("« Ça mérite une sanction », a réagi Marc Roux. Ces paroles ont provoqué des réactions, dont le "
            "sénateur Paul Lenoir. « Il ne se passe pas un mois sans qu'un rappeur s'en prenne à une personnalité », "
            "déplore-t-il.")
    assert [q.speaker for q in quotations(text)] == ["Marc Roux", "Paul Lenoir"]


def test_a_cue_in_a_clause_opening_the_sentence_leaves_a_colon_to_the_main_clause_s_subject():
    text = ("Alors que le chef des pompiers exige davantage de sécurité, Paul Roux a semblé plaider en sa faveur lors de "
            "l'hommage : « Nous agirons pour que les pompiers soient accompagnés de policiers. »")
    assert quotations(text)[0].speaker == "Paul Roux"


def test_a_cue_in_a_clause_opening_the_sentence_keeps_a_colon_after_an_impersonal_main_clause():
    text = ("Marc Roux, 25 ans, est assis face à la mer. Quand il explique pourquoi il est venu, on comprend que le "
            "masque n'est pas une priorité : « Je voulais juste faire la fête. »")
    assert quotations(text)[0].speaker == "Marc Roux"


def test_a_noun_labelling_what_follows_its_colon_is_no_speaker():
    text = ("La ministre Anne Roux participait lundi à une réunion. Objectif : « améliorer la qualité du traitement des "
            "appels ». La ministre n'a pas annoncé de moyens. « Cela n'a pas été l'objectif de la rencontre », "
            "a-t-elle affirmé.")
    assert [q.speaker for q in quotations(text)][1] == "Anne Roux"
    text = ("« Nous ne savons pas », admet le docteur Paul Stahl. Autre hypothèse : « Peut-être qu'il s'agit de dégâts "
            "provoqués par le virus sur certains nerfs ».")
    assert [q.speaker for q in quotations(text)] == ["Paul Stahl", "Paul Stahl"]


def test_the_name_in_apposition_to_a_framing_subject_speaks_after_the_colon():
    text = ("« Ce texte est contraire à mes principes », confie Jean Petit. De son côté, le député du Gers, Paul Roux, "
            "se garde toute latitude dans les débats : « Toutes les hypothèses sont sur la table. »")
    assert [q.speaker for q in quotations(text)] == ["Jean Petit", "Paul Roux"]


def test_a_name_after_an_article_and_a_civil_title_opening_the_sentence_is_its_subject():
    text = ("Pour le Dr Anne Roux, « c'est une agression ». Le médecin estime que « c'est de l'abus ». Le Dr Paul "
            "Lenoir, chef du service de pédiatrie, est du même avis. « Si le bébé a l'air content, c'est encore pire », "
            "explique-t-il.")
    assert quotations(text)[-1].speaker == "Paul Lenoir"


def test_a_run_after_a_definite_article_names_no_person_whatever_first_name_opens_it():
    text = "« Nous sommes inquiets », a souligné le porte-parole de la Ville de Lyon, Julien Martin."
    assert quotations(text)[0].speaker == "Julien Martin"
    text = "La Ville de Lyon a réagi mardi. « Nous sommes inquiets », a-t-elle indiqué."
    assert [(q.speaker, q.speaker_kind) for q in quotations(text)] == [("Ville de Lyon", "organisation")]


def test_an_article_after_a_civil_title_or_a_first_name_is_a_name_s_particle():
    text = "« Nous sommes inquiets », a déclaré Mme le Guen mardi. Le maire a ensuite reçu Marine le Guen."
    assert [(q.speaker, q.speaker_gender) for q in quotations(text)] == [("Marine le Guen", "female")]


@pytest.mark.parametrize("title", [
    "A Lyon, Roux promet des « changements »",
    "Roux promet des « changements »",
])
def test_a_description_opening_the_text_is_the_person_the_title_names_by_the_surname_the_text_gives(title):
    text = ("« Je ne donne pas de leçons », a déclaré le président de la région, balayant les critiques. Au terme "
            "d'une visite de deux heures, M. Roux a annoncé son retour.")
    article = Article(text=text, title=title, id="t", lang="fr")
    assert extract_quotes(article)[0].speaker == "Roux"


def test_a_surname_in_the_title_the_text_gives_nobody_names_no_person_there():
    text = ("« Je ne donne pas de leçons », a déclaré le président de la région, balayant les critiques. Au terme "
            "d'une visite de deux heures, M. Lenoir a annoncé son retour.")
    article = Article(text=text, title="A Lyon, Roux promet des « changements »", id="t", lang="fr")
    assert extract_quotes(article)[0].speaker == "le président de la région"


def test_a_description_pointing_back_is_the_title_s_person_while_the_text_names_no_person_before_it():
    text = ("La police a dit vouloir « isoler les casseurs ». Selon l'ancien candidat à l'élection présidentielle, « le "
            "but, c'est de faire peur ». Paul Lenoir manifestait jeudi à Paris.")
    article = Article(text=text, title="Grève : Lenoir refuse de condamner les violences", id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Paul Lenoir"]


def test_a_colon_brings_in_a_quotation_past_a_few_words_a_comma_closes():
    text = ("« Ce texte est contraire à mes principes », confie Jean Petit. De son côté, le député du Gers, Paul Roux, "
            "se garde toute latitude dans les débats : pour, contre ou abstention, « toutes les hypothèses sont sur la "
            "table ».")
    assert [q.speaker for q in quotations(text)] == ["Jean Petit", "Paul Roux"]


def test_a_label_before_a_colon_and_an_enumeration_is_no_speaker():
    text = ("« Le traitement marche », a souligné l'association Aide Malades. Ses demandes : d'une part, « mettre un "
            "terme à ce fiasco ».")
    assert [q.speaker for q in quotations(text)] == ["Aide Malades", "Aide Malades"]


@pytest.mark.parametrize("text, speaker", [
    ("« Le traitement marche », a souligné l'association Marie Stopes.", ("Marie Stopes", "organisation", None)),
    ("« Le traitement marche », a souligné la fondation Jean Dupré.", ("Jean Dupré", "organisation", None)),
    # the body's noun with a complement of one word
    ("« Le traitement marche », a souligné l'Institut d'Oncologie Jean Dupré.", ("Jean Dupré", "organisation", None)),
    # a body's noun completing a role: the name is who holds it
    ("« C'est par le travail », a souligné le numéro 2 du parti Paul Roux.", ("Paul Roux", "person", "male")),
])
def test_a_name_after_a_noun_of_a_kind_of_body_is_that_body_s(text, speaker):
    (quote,) = quotations(text)
    assert (quote.speaker, quote.speaker_kind, quote.speaker_gender) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Il y aura des cas partout », estime-t-on au ministère.", "ministère"),
    # the body with its adjectives and its complement
    ("« Il y aura des cas partout », estime-t-on au ministère de l'Éducation.", "ministère de l'Éducation"),
    ("« La réforme sera retirée », a-t-on assuré au palais présidentiel.", "palais présidentiel"),
    # a preposition's phrase naming no body: nobody in particular
    ("« Il y aura des cas partout », estime-t-on au sein de l'équipe.", None),
])
def test_an_impersonal_on_speaks_for_the_body_a_preposition_holding_its_article_names(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("« Nous ne lâcherons rien » - Marie Dupont, présidente du collectif.", "Marie Dupont"),
    # a label and its colon after the dash: a photo's credit, nobody's signature
    ("Le mouvement des soignants s'étend. « Nous ne lâcherons rien » - Crédit : Marie Dupont", None),
])
def test_a_name_signed_under_a_quotation_is_its_speaker_but_a_label_s(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Une volonté affirmée par Paul Roux en conclusion de son discours : « Tout ne doit pas se décider depuis Paris. »",
     "Paul Roux"),
    ("Une analyse partagée par Marc Petit, un ancien orfèvre de 61 ans : « La ville ne vit que du tourisme. »",
     "Marc Petit"),
])
def test_the_agent_of_a_speech_verb_s_participle_speaks_after_the_colon(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_the_agent_of_a_participle_another_verb_follows_does_not_speak():
    text = ("Une vidéo montre le manifestant être interpellé par la police et se justifier : « Ce qui est interdit, "
            "c'est le racisme. »")
    assert quotations(text)[0].speaker != "la police"


def test_a_coordinator_inside_a_department_s_name_leaves_the_description_whole():
    text = ("« 40 % de la population ne part pas », explique la directrice du pôle Évaluation et société du Credoc, "
            "Sandra Lenoir.")
    assert quotations(text)[0].speaker == "Sandra Lenoir"


def test_a_description_means_the_person_named_before_sentences_that_name_nobody():
    text = ("Marine Lenoir a invité les électeurs à ouvrir les yeux. En meeting dimanche, l'ancienne candidate a étrillé "
            "la politique du gouvernement. « J'appelle les électeurs à constater la trahison », a lancé la finaliste de "
            "la dernière élection.")
    assert quotations(text)[0].speaker == "Marine Lenoir"


def test_a_description_past_sentences_naming_nobody_is_not_whom_its_own_sentence_names():
    text = ("Après Eddy Roux, c'est au tour de Jacques Petit, membre du trio qu'ils formaient avec Paul Lenoir, de "
            "s'exprimer. Et la réponse est claire. Interrogé dimanche, le chanteur, ami de Paul Lenoir, a résumé sa "
            "pensée : « On ne déshérite pas ses enfants. »")
    assert quotations(text)[0].speaker != "Paul Lenoir"


def test_a_long_quotation_before_a_description_is_no_sentence_of_the_reporter_s():
    said = " ".join(["Nous refusons cette réforme injuste, qui frappe les plus modestes."] * 8)
    text = (f"Marine Lenoir a invité les électeurs à ouvrir les yeux. En meeting dimanche, l'ancienne candidate a étrillé "
            f"la politique du gouvernement. « {said} », a lancé la finaliste de la dernière élection.")
    assert quotations(text)[0].speaker == "Marine Lenoir"


def test_a_body_named_after_a_plural_article_is_no_singular_pronoun_s_antecedent():
    text = ("Paul Roux a salué les joueurs. Il a exprimé sa fierté que les Bleus aient chanté l'hymne « avec les "
            "tripes ». « Vous avez fait de notre hymne votre hymne », selon lui.")
    assert quotations(text)[-1].speaker == "Paul Roux"


@pytest.mark.parametrize("after, speaker", [
    ("Ces quelques mots, lâchés par Marie Roux sur BFM TV, ont lancé un feuilleton.", "Marie Roux"),
    ("La phrase, prononcée par Marie Roux dimanche, a surpris.", "Marie Roux"),
    # a noun of something said the sentence after does not give to anybody: the speaker before goes on
    ("Ces quelques mots ont lancé un feuilleton.", "Paul Lenoir"),
])
def test_the_agent_of_the_words_the_sentence_after_a_quotation_opens_on_said_it(after, speaker):
    text = f"« Je reste », a dit Paul Lenoir. « Oui, j'ai été appelée hier par un proche du président. » {after}"
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("place", ["cours Julien", "rue Victor Hugo", "au lycée Elsa Triolet"])
def test_a_name_after_a_noun_of_a_place_named_after_somebody_is_nobody(place):
    text = (f"« La retraite, c'est la prunelle de nos yeux », a dit Paul Roux lors d'un discours {place}. Selon "
            "l'ancien candidat, les cadres ne doivent pas « faire les malins ».")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "Paul Roux"]


@pytest.mark.parametrize("place", ["Au lycée Elsa Triolet", "Au Lycée Elsa Triolet", "À l'hôpital Elsa Triolet",
                                   "À l'hôpital de cardiologie Elsa Triolet", "À l'Hôpital d'Oncologie Elsa Triolet"])
def test_no_pronoun_means_the_person_a_place_is_named_after(place):
    text = f"{place}, tous les lits sont occupés. « Je suis épuisée », confie-t-elle."
    assert quotations(text)[0].speaker is None


def test_the_antecedent_of_a_relative_is_the_person_a_civil_title_names_after_a_medium():
    text = ("« C'est logique », a réagi lundi soir auprès de l'AFP M. Roux, qui a considéré qu'il s'agissait de « la "
            "continuité du travail ».")
    assert [(q.speaker, q.mention) for q in quotations(text)] == [("Roux", "M. Roux"), ("Roux", "M. Roux")]


@pytest.mark.parametrize("text, speaker", [
    ("« Cet accident nous porte préjudice », a réagi l'association Eau et Rivières de Bretagne.", "Eau et Rivières de Bretagne"),
    # a person after the coordinator: another speaker, not a part of the name
    ("« Cet accident nous porte préjudice », ont réagi l'association Sud Environnement et Marie Roux.", "Sud Environnement"),
])
def test_a_body_s_name_after_the_noun_of_its_kind_goes_on_past_a_coordinator_between_capitals(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_an_adjective_before_a_role_tells_the_gender_an_elided_article_does_not():
    text = ("« Oui, j'ai été appelée hier », a dit Marie Roux. « Puis-je te parler ? », lui a écrit l'actuel ministre "
            "des Affaires étrangères.")
    quote = quotations(text)[1]
    assert (quote.speaker, quote.speaker_gender) == ("l'actuel ministre des Affaires étrangères", "male")


def test_a_name_with_an_age_in_apposition_is_a_person_s_whatever_first_name_opens_it():
    text = ("« J'ai deux mots à dire au gouvernement ». Dans un style très direct, Jacline Mouraud, 51 ans, a interpellé "
            "le chef de l'État dans une vidéo.")
    quote = quotations(text)[0]
    assert (quote.speaker, quote.speaker_kind) == ("Jacline Mouraud", "person")


def test_a_name_nobody_listed_with_its_age_in_apposition_is_the_subject_of_the_verb_after_it():
    text = ("Dans un style très direct, Jacline Mouraud, 51 ans, a interpellé le gouvernement dans une vidéo, reprenant "
            "la « chasse aux conducteurs ».")
    assert quotations(text)[0].speaker == "Jacline Mouraud"


@pytest.mark.parametrize("text, speaker", [
    ("« J'ai du sang belge », rappelle le rockeur. Paul Roux poursuit sur un souvenir amer : « Il m'a fait le coup "
     "du photographe. »", "Paul Roux"),
    ("Bruno Petit est décrit comme un homme aux « discours limpides ». Malgré ça, Paul Roux rend son verdict : « Tout "
     "à fait possible. »", "Paul Roux"),
])
def test_the_subject_of_a_speech_verb_in_a_simple_tense_speaks_after_the_colon_its_clause_ends_on(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_a_pronoun_closing_a_sentence_is_not_the_name_that_opens_its_quoted_words():
    text = ("« Nous verrons », a dit Paul Roux. Marc Petit « n'a aucune responsabilité », a-t-il répété. « Ensuite, "
            "l'adhésion est libre. »")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "Paul Roux", "Paul Roux"]


def test_a_name_ending_the_sentence_before_a_quotation_may_be_its_pronoun_s():
    text = "La lettre a été signée par le patron du groupe, Marc Petit.« Nous pensons qu'il faut en parler », a-t-il déclaré."
    assert quotations(text)[0].speaker == "Marc Petit"


def test_a_midwife_is_a_person_of_the_gender_her_determiner_tells():
    (quote,) = quotations("« J'ai vu la dame debout », explique cette sage-femme d'un jour.")
    assert (quote.speaker_kind, quote.speaker_gender) == ("person", "female")


def test_a_sentence_opening_on_celui_qui_has_it_for_subject_not_a_name_inside_the_relative_clause():
    text = ("« J'ai du sang belge », rappelle Johnny Roux. Celui qui vient de fêter ses 20 ans de mariage avec Laetitia "
            "explique : « Mon père m'a abandonné. »")
    assert [q.speaker for q in quotations(text)] == ["Johnny Roux", "Johnny Roux"]


@pytest.mark.parametrize("text, speakers", [
    # past an apposition: the names are what the words speak of, the one who spoke before says them
    ("« Ça fait beaucoup d'énergie perdue », a déploré Paul Roux. Marc Petit, numéro un du syndicat, « doit se frotter "
     "les mains » et Jean Leroy, patron de la fédération, penser qu'il a « un boulevard devant lui ! », a-t-il ajouté.",
     ["Paul Roux", "Paul Roux", "Paul Roux"]),
    # words opening in the first person are the named one's own
    ("« Nous verrons », a dit Paul Roux. Léa Petit, étudiante en droit, « J'ai eu mal au ventre », dit-elle.",
     ["Paul Roux", "Léa Petit"]),
    # an age in apposition introduces who speaks
    ("« Nous verrons », a dit Paul Roux. Marc Petit, 27 ans, « sans papiers » précise-t-il, passe remplir sa fiole.",
     ["Paul Roux", "Marc Petit"]),
    # a verb of the name's own clause: the narration's words, or the name's, said twice over
    ("« Nous verrons », a dit Paul Roux. Marc Petit, président du club, a signé un décret « protégeant » les statues, "
     "a-t-il écrit.",
     ["Paul Roux", "Marc Petit"]),
    # a frame of opinion: his words
    ("« Nous verrons », a dit Paul Roux. Pour le ministre Marc Petit, interrogé sur RTL, « l'objectif est simple », "
     "a-t-il expliqué.", ["Paul Roux", "Marc Petit"]),
])
def test_a_pronoun_closing_a_sentence_is_not_a_name_whose_clause_the_quotation_runs_on_past_an_apposition(text, speakers):
    assert [q.speaker for q in quotations(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("« Nous avons pris des mesures », peut-on lire dans le communiqué publié par l'Académie de médecine.",
     "Académie de médecine"),
    ("« Nous avons pris des mesures », peut-on lire dans un communiqué de Renault.", "Renault"),
    ("« Nous avons pris des mesures », indique le communiqué diffusé par la préfecture du Nord.", "la préfecture du Nord"),
    ("« Nous avons pris des mesures », selon un communiqué signé par la fédération.", "la fédération"),
    # who relays words, or was reached, is no author
    ("Pierre Roux a parlé. « Nous avons pris des mesures », selon des propos rapportés par la radio.", "des propos"),
    # but what a source found out is theirs, however they came by it
    ("Selon les informations recueillies par la radio, « le suspect était connu de la police ».", "la radio"),
    ("Selon des révélations rapportées par le journal Le Matin, le maire savait « depuis des mois ».", "Le Matin"),
    ("Selon les chiffres de l'Insee, les prix ont « nettement baissé ».", "Insee"),
])
def test_a_document_speaks_for_the_agent_of_its_participle_or_the_body_it_is_read_in(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    "« Nous partons », a dit Paul Durand. Interrogé sur « la taxe », défendue par Marc Petit avant d'être balayée par "
    "Jean Leroy, Luc Martin se déclare hostile à sa mise en place. « Cela voudrait dire qu'on accepte une taxe. »",
    "« Nous partons », a dit Paul Durand. Interrogé sur la taxe, défendue par Marc Petit avant d'être balayée par "
    "Jean Leroy, Luc Martin se déclare hostile à sa mise en place. « Cela voudrait dire qu'on accepte une taxe. »",
])
def test_a_sentence_opening_on_a_participle_clause_has_the_name_after_it_for_subject(text):
    assert quotations(text)[-1].speaker == "Luc Martin"


@pytest.mark.parametrize("text, speaker", [
    ("« Nous partons », a dit Paul Durand. Mais pour le petit-fils du général, Yves Roux, « cette querelle est une "
     "querelle imbécile ».", "Yves Roux"),
    ("« Nous partons », a dit Paul Durand. Selon le ministre de la Santé, Marc Petit, « cette querelle est imbécile ».",
     "Marc Petit"),
    # a plural head: the name is its complement's
    ("« Nous partons », a dit Paul Durand. Selon les services du procureur, Marc Petit, « tout est prêt ».",
     "les services du procureur"),
    # no closing comma: the name opens the clause that follows
    ("« Nous partons », a dit Paul Durand. D'après un ami du couple, Ben « veut se remettre avec elle ».", "un ami du couple"),
])
def test_an_opinion_frame_after_a_connective_names_the_person_in_apposition(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_a_description_is_not_the_person_described_by_their_tie_to_it():
    text = "« Nous verrons », a dit Marc Petit, le porte-parole du ministre. « Rien n'est décidé », a ajouté le ministre."
    assert [q.speaker for q in quotations(text)] == ["Marc Petit", "le ministre"]
    text = ("Il est « mort paisiblement », a indiqué son fils Quentin. Jean Roux était hospitalisé depuis décembre. "
            "« C'est vraiment horrible », a confié le fils de l'écrivain. Admiré par les uns, l'écrivain se définissait "
            "comme « royaliste », « homme libre ».")
    assert [q.speaker for q in quotations(text)] == ["Quentin", "Quentin", "Jean Roux", "Jean Roux"]


def test_a_description_the_title_gives_its_person_means_them_anywhere_in_the_text():
    article = Article(id="t", lang="fr", title="Décès de l'écrivain royaliste Jean Roux",
                      text="Jean Roux était hospitalisé depuis décembre. Sa famille n'a pas pu le voir. Le médecin Paul "
                           "Petit a signé le certificat. « C'est horrible », a confié le fils de l'écrivain. « C'est un "
                           "livre surprenant », confiait l'écrivain en 2011.")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"][-1] == "Jean Roux"


def test_a_party_s_acronym_in_brackets_inside_a_title_goes_on_to_its_complement_and_names_nobody():
    (quote,) = quotations("« Nous avons pris des mesures », estime le maire Les Républicains (LR) de Tourcoing.")
    assert (quote.mention, quote.speaker) == ("le maire Les Républicains (LR) de Tourcoing",
                                              "le maire Les Républicains de Tourcoing")


def test_oser_brings_in_words_as_a_speech_verb_before_a_medium_that_relays_them():
    (quote,) = quotations("« Macron est un beau garçon », a osé Paul Roux, selon des propos rapportés par le Huffington Post.")
    assert (quote.speaker, quote.cue) == ("Paul Roux", "oser")


def test_a_demonstrative_description_may_mean_who_just_spoke_known_by_a_description_too():
    text = ("Emmanuel Macron a recueilli tous les suffrages. « Je ne sais pas ce qu'il fait », lance l'un des habitants "
            "du village. « C'est tout pour le fric », explique ce père de famille.")
    assert [q.speaker for q in quotations(text)] == ["l'un des habitants du village"] * 2


def test_a_name_inside_words_the_speaker_puts_in_others_mouths_does_not_make_him_somebody_else():
    text = ("Interrogé sur le ralliement de sa compagne au candidat Paul Gantier, Yves Jadin a estimé que : « elle c'est "
            "elle et moi c'est moi ! » « Que n'aurait-on pas dit si elle avait rejoint ma liste ? 'Jadin a réussi à "
            "placer sa femme !' Elle est libre ! », a-t-il poursuivi.")
    assert [q.speaker for q in quotations(text)][:2] == ["Yves Jadin", "Yves Jadin"]


def test_a_role_the_text_gives_somebody_as_a_former_one_is_not_theirs_now():
    text = ("L'ancien président Joe Roux a été visé. « C'est grave », a déclaré Joe Roux. Marc Petit avait d'abord réagi "
            "mercredi. « La colère est causée par les médias », a tweeté le président américain.")
    assert [q.speaker for q in quotations(text)] == ["Joe Roux", "le président américain"]


def test_an_inversion_s_pronoun_opening_the_text_means_the_title_s_person():
    article = Article(id="t", lang="fr", title="Roux a revendiqué sa volonté de minimiser la menace",
                      text="« J'ai voulu toujours le minimiser », expliquait-il dans un échange téléphonique. Le livre "
                           "s'appuie sur des interviews accordées au journaliste Bob Petit avec l'accord de Marc Roux.")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Marc Roux"]


def test_a_particle_before_a_first_name_ends_no_name():
    article = Article(id="t", lang="fr", title="Mort de George Roux : Marc Petit rencontre des responsables",
                      text="« Le pansement a été arraché », a-t-il déclaré. « Personne ne peut faire semblant », a ajouté "
                           "Marc Petit.")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Marc Petit", "Marc Petit"]


@pytest.mark.parametrize("text, speaker", [
    ("Face à la polémique, Éliane Roux a rectifié le tir. Celle qui a dirigé le parquet « souhaite que s'apaise une "
     "polémique inutile ».", "Éliane Roux"),
    # nobody named before it: nobody, not a body called `Celle`
    ("Celle qui partage la vie du footballeur Tom Petit a fait des révélations. « J'étais très dure avec moi-même », "
     "dévoile-t-elle.", None),
])
def test_celui_qui_opening_a_sentence_is_a_pronoun_the_person_met_before_or_nobody(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Il avait prêté serment en 1974. « Jean Roux était un modèle et surtout un ami, confie à actu.fr le célèbre avocat "
     "Eric Petit. Il avait un talent infini. »", "Eric Petit"),
    ("« Jean Roux était un modèle », confie à actu.fr Eric Petit.", "Eric Petit"),
    # two sentences run together: no address
    ("« Nous verrons », a dit Paul Roux. Il est resté chez lui.« Jean Roux était un modèle », a confié la source.Le "
     "lendemain, tout a changé.", "la source"),
])
def test_a_web_address_is_read_whole_in_a_phrase(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le secrétaire général du syndicat Yves Roux, qui ne se dit « pas dupe », a réagi.", "Yves Roux"),
    ("La comédienne Laura Petit se dit « très fière » de son fils.", "Laura Petit"),
])
def test_words_one_says_one_is_are_a_partial_quotation_no_name(text, speaker):
    (quote,) = quotations(text)
    assert (quote.kind, quote.speaker) == ("partial", speaker)


def test_a_name_after_dit_is_no_quotation():
    assert quotations("Le torero José Roux, dit « Espartaco », a été blessé.") == []


def test_a_description_that_does_not_fit_the_title_s_leading_person_may_mean_another_it_names():
    article = Article(id="t", lang="fr", title="Guerre ouverte entre Florent Roux et Olivia Petit",
                      text="« Florent Roux s'acharne sur mon dos, je n'y comprends rien », confie l'ancienne candidate du "
                           "concours. Interviewé, Florent Roux raconte : « Elle m'évite. » Olivia Petit n'a pas répondu.")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Olivia Petit", "Florent Roux"]


@pytest.mark.parametrize("text, speaker", [
    ("« Tout est passé en un éclair », avoue le père de William et Harry.", "le père de William et Harry"),
    # people joined at the top: both speak
    ("« Tout est passé », ont dit Marie Roux et Paul Petit.", "Marie Roux et Paul Petit"),
])
def test_a_name_joined_to_one_completing_a_description_completes_it_too(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_name_heading_a_relative_clause_set_off_by_a_comma_is_its_subject():
    text = ("On y voit Tom Petit ouvrir le bal avec une chronique mordante. Vient le tour de Robert Roux qui, par un jeu "
            "de rimes, est comparé à un dictateur. « Allez ça suffit, je m'en vais. » Visiblement énervé, Robert Roux "
            "quitte la salle.")
    assert quotations(text)[0].speaker == "Robert Roux"


def test_a_pronoun_speaking_in_a_medium_is_not_the_medium_a_selon_named():
    text = ("Selon le quotidien, c'est « un big-bang » que compte réaliser Nicolas Roux. « Vous devriez mettre Paul "
            "Petit tête de liste ! », s'amuse-t-il dans Le Parisien.")
    assert quotations(text)[-1].speaker == "Nicolas Roux"


@pytest.mark.parametrize("text, speaker, kind", [
    ("« Maintenant nous avons votre attention », a déclaré l'une d'elles, Sarah Roux.", "Sarah Roux", "person"),
    ("« Maintenant nous avons votre attention », a déclaré l'une d'entre elles, Sarah Roux.", "Sarah Roux", "person"),
    ("« Maintenant nous avons votre attention », a déclaré l'une d'elles.", "l'une d'elles", "person"),
])
def test_one_of_them_is_a_person_whose_name_may_follow(text, speaker, kind):
    (quote,) = quotations(text)
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize("text, speaker", [
    # the article written in capitals inside a sentence elsewhere: part of the name, at a sentence's start too
    ("Le Parisien rapporte son récit : « Je me suis caché ». « Il était là », a ajouté Paul Roux dans Le Parisien.",
     "Le Parisien"),
    # no such evidence: the article of a place's name
    ("La France a réagi : « Nous sommes prêts ». « Il était là », a dit Paul Roux en France.", "France"),
])
def test_an_article_opening_a_sentence_is_part_of_a_name_the_text_writes_so_inside_a_sentence(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_body_s_name_with_its_plural_article_inside_a_description_names_no_person():
    text = ("« Nous ne voterons pas ce budget », a dénoncé la présidente du groupe Les Indépendants au conseil "
            "régional. « Nous non plus », a répondu le chef de file des élus Les Centristes Paul Marin.")
    assert [q.speaker for q in quotations(text)] == ["la présidente du groupe Les Indépendants", "Paul Marin"]


def test_a_time_relative_to_another_is_no_part_of_the_inverted_subject():
    text = ("« Le budget sera tenu », avait lancé quelques minutes plus tard le préfet. « Nous verrons », a répondu "
            "peu après la maire.")
    assert [q.speaker for q in quotations(text)] == ["le préfet", "la maire"]
    text = "« Les dossiers seront traités », avait expliqué mi-octobre à la radio la ministre de la Santé, Julie Martin."
    assert [q.speaker for q in quotations(text)] == ["Julie Martin"]


def test_a_place_in_the_text_relative_to_another_is_no_part_of_the_inverted_subject():
    text = ("Le ministre a écrit au maire. « Je pense aux habitants de votre commune », a insisté quelques lignes plus "
            "bas le chef du gouvernement. « Nous verrons », a écrit un peu plus loin la préfète.")
    assert [q.speaker for q in quotations(text)] == ["le chef du gouvernement", "la préfète"]


def test_a_participle_of_no_regular_ending_opening_the_sentence_is_no_subject():
    text = ("Venu saluer les pompiers, Paul Marchal avait écarté toute fermeture, affirmant que l'usine « ne présentait "
            "aucun risque pour le quartier ».")
    assert [q.speaker for q in quotations(text)] == ["Paul Marchal"]


def test_a_capitalised_word_an_adjective_follows_after_a_role_names_a_body_not_the_role_holder():
    text = "« Qu'il reste candidat ! », a lancé en privé la députée Parti social, selon son entourage."
    assert [q.speaker for q in quotations(text)] == ["la députée Parti social"]


def test_a_description_by_an_indefinite_article_goes_on_through_a_phrase_placing_it_inside_a_body():
    text = "« Les délais seront tenus », a confié à la radio un conseiller au sein du ministère."
    assert [q.speaker for q in quotations(text)] == ["un conseiller au sein du ministère"]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous refusons ce plan », a dénoncé Paul Quintard de la Fédération des cheminots.", "Paul Quintard"),
    # a particle right after the first name: the surname's
    ("« Nous verrons », a dit Paul de la Verrière.", "Paul de la Verrière"),
])
def test_an_article_after_a_first_name_and_a_surname_opens_another_name(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_voici_links_a_quotation_to_the_cue_after_it_like_voila():
    text = "« Le pont tiendra encore dix ans. » Voici ce qu'affirmait l'ingénieure Paula Marchal en 2015."
    assert [q.speaker for q in quotations(text)] == ["Paula Marchal"]


@pytest.mark.parametrize("text, speakers", [
    # the heading's name said again: the sentence opens on the second
    ("« Le parti doit changer », a dit un élu. ► Paul Quintard Paul Quintard, interrogé lundi par la radio, a estimé "
     "que le parti était « en danger ».", ["un élu", "Paul Quintard"]),
    # a capitalised article opens the sentence after the heading: its subject is the pronoun's antecedent
    ("« Le parti doit changer », a dit un élu. ► Marc Vauquelin Le sénateur de la Drôme Marc Vauquelin a appelé "
     "dimanche Paul Lenoir à partir. « C'est un échec », a-t-il lâché.", ["un élu", "Marc Vauquelin"]),
    # a heading in words of any case: it ends before the capitalised preposition that opens the sentence, and the
    # name before it does not run into the speaker's
    ("« Rien n'a changé », dit Marc Dupont. • Une fresque évoquant le Stade Pour Lucie, 46 ans, c'est l'inverse : "
     "« ce jour-là, c'est que du stress ».", ["Marc Dupont", "Lucie"]),
    ("« Rien n'a changé », dit Marc Dupont. • Promesse de campagne du candidat Dumas Le 19 mai, le maire Paul Jarry "
     "a promis « un nouveau parc ».", ["Marc Dupont", "Paul Jarry"]),
])
def test_a_heading_after_a_bullet_run_into_its_paragraph_stands_apart(text, speakers):
    assert [q.speaker for q in quotations(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # an office heading a body, held besides the person's role
    ("« Nous avions raison », a regretté le sénateur centriste Paul Girardin lundi. « Ce qui arrive montre ce que nous "
     "disions », a précisé le président de la commission d'enquête.", ["Paul Girardin", "Paul Girardin"]),
    # not when the person heads another body
    ("Paul Girardin, secrétaire de l'association des riverains, s'inquiète. « Les digues sont fragiles », a-t-il dit. "
     "« Ce qui arrive montre ce que nous disions », a ajouté le président du syndicat des pêcheurs.",
     ["Paul Girardin", "le président du syndicat des pêcheurs"]),
    # nor when a name is apposed to the description
    ("« Il faut fermer l'usine », a déclaré le député Paul Girardin. « Rien ne presse », a ajouté le président du club "
     "des supporters (CSL), Marc Vauquelin.", ["Paul Girardin", "Marc Vauquelin"]),
])
def test_a_description_by_an_office_heading_a_body_may_be_who_just_spoke(text, speakers):
    assert [q.speaker for q in quotations(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("« Il faut fermer l'usine », a lancé Paul Girardin. « Nous ne fermerons rien », lui a rétorqué le ministre.",
     "le ministre"),
    ("« Il faut fermer l'usine », a souligné Paul Girardin. « Rien ne presse », a quant à lui estimé le maire.",
     "le maire"),
])
def test_a_reply_to_who_spoke_or_somebody_s_turn_is_somebody_else_s(text, speaker):
    assert [q.speaker for q in quotations(text)] == ["Paul Girardin", speaker]


def test_a_candidacy_rules_out_no_other_role_a_description_gives():
    text = ("Nathalie Martin, candidate à la primaire de la droite, a dénoncé dimanche des « pressions ». « Ça avance "
            "bien », a expliqué la députée de l'Essonne à la radio.")
    assert [q.speaker for q in quotations(text)] == ["Nathalie Martin", "Nathalie Martin"]


def test_a_contest_s_winner_is_a_role_that_may_describe_who_just_spoke():
    text = ("« Ces concerts sont des rendez-vous manqués », insiste Paula Marchal. « Je n'ai jamais vu des organisateurs "
            "aussi amateurs », a pesté la vainqueure de l'édition 2013 du concours.")
    assert [q.speaker for q in quotations(text)] == ["Paula Marchal", "Paula Marchal"]


def test_a_role_held_at_the_time_told_of_is_a_former_role_the_person_s_epithet_recalls():
    text = ("L'homme d'affaires Marc Lenoir a assuré avoir remis trois valises à Paul Quintard, alors ministre de "
            "l'Intérieur, et à son directeur de cabinet Jean Vauquelin. « Je n'ai jamais eu de rendez-vous avec lui », a "
            "souligné l'ex-ministre de l'Intérieur.")
    assert [q.speaker for q in quotations(text) if q.kind != "indirect"] == ["Paul Quintard"]


@pytest.mark.parametrize("text, quotes", [
    ("La société des auteurs veut traîner le dessinateur Paul Quintard (« Le Chien du moine »), président de la ligue, "
     "devant les tribunaux.", []),
    # right after a quotation, its translation
    ("Il est mort en répétant « I can't breathe » (« Je ne peux pas respirer »), a dit son frère.",
     ["I can't breathe", "Je ne peux pas respirer"]),
])
def test_a_quotation_alone_in_brackets_is_a_title_or_a_gloss(text, quotes):
    assert [q.quote for q in quotations(text) if q.kind != "indirect"] == quotes


@pytest.mark.parametrize("text, speaker", [
    ("« Nous ne céderons pas. » Par ces mots, le ministre a clos la réunion.", "le ministre"),
    ("« Rien ne l'explique sur le plan médical ». Sur ces mots, la présidente du tribunal s'adresse au prévenu.",
     "la présidente du tribunal"),
])
def test_a_phrase_calling_the_quotation_these_words_opens_its_speaker_s_sentence(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_a_pronoun_after_a_medium_relaying_somebody_means_them_not_the_medium():
    text = ("Paul Quintard serait moins convaincu. Il craint que la réforme « pousse les gens dans la "
            "rue », écrivait le quotidien. Il estime que le ministre est trop sûr de lui et répète à tout le monde : « Ça "
            "va très mal finir ».")
    assert quotations(text)[-1].speaker == "Paul Quintard"


def test_an_adjunct_set_off_by_commas_may_stand_between_the_verb_and_its_inverted_subject():
    text = ("« Il n'y a pas de justification à cette décision », a réagi, à l'issue de l'audience devant le juge, "
            "l'avocate de Marc Lenoir, Me Paula Marchal.")
    assert [q.speaker for q in quotations(text)] == ["Paula Marchal"]


def test_after_a_wording_link_the_clause_s_subject_speaks_not_the_object_of_its_verb():
    text = ("« Un homme m'a frappée en pleine rue. Inadmissible. » C'est en ces termes que Paula Marchal, 22 ans, a "
            "interpellé la ministre Marie Quintard sur les réseaux sociaux.")
    assert [q.speaker for q in quotations(text)] == ["Paula Marchal"]


@pytest.mark.parametrize("text, speaker", [
    ("Lundi, c'est même le comité d'éthique qui se montrait sceptique dans son avis : « Rien ne justifie un tel essai "
     "sur des volontaires. »", "le comité d'éthique"),
    # a negative cleft names who did not
    ("Ce n'est pas Paul Quintard qui se montrait sceptique : « Rien ne justifie un tel essai sur des volontaires. »", None),
])
def test_a_cleft_sets_the_subject_of_a_clause_before_a_colon(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_an_acronym_after_a_role_names_the_body_it_is_held_in_not_a_person():
    text = "« Il est capable de réunir le pays », a déclaré le maire PS de Lyon. « Oui », a ajouté le député LR Paul Quintard."
    assert [q.speaker for q in quotations(text)] == ["le maire PS de Lyon", "Paul Quintard"]


@pytest.mark.parametrize("work", ["l'émission de Marc Lenoir", "la série quotidienne de Canal Nord"])
def test_a_work_s_title_after_its_noun_and_its_maker_s_name_is_no_quotation(work):
    text = (f"Paula Marchal s'est confiée dans {work} « Une heure avec vous ». « J'ai été très déstabilisée », "
            "avoue-t-elle.")
    assert [q.quote for q in quotations(text)] == ["J'ai été très déstabilisée"]


def test_a_participle_before_the_inverted_subject_is_skipped_to_reach_it():
    text = ("« Vive la région ! », a conclu Marc Lenoir. « Merci de ce moment », lui a alors lancé amusé le président "
            "de l'Assemblée Paul Quintard.")
    assert [q.speaker for q in quotations(text)] == ["Marc Lenoir", "Paul Quintard"]


@pytest.mark.parametrize("text, speaker", [
    # a trade's noun is a role a later description points back to
    ("Ce boulanger de métier, qui a longtemps travaillé à Tunis, raconte son départ. « Je n'avais plus rien », "
     "confie-t-il.", "ce boulanger de métier"),
    # a role of several words heads the appositions before the verb, not a noun inside them
    ("Le garde du corps, resté dans le hall avec le reste de l'équipe, raconte : « Personne ne m'a prévenu ».",
     "le garde du corps"),
])
def test_a_trade_is_a_role(text, speaker):
    assert quotations(text)[0].speaker == speaker


def test_a_name_apposed_to_a_role_names_its_holder_whatever_its_first_name():
    text = "Son ancienne professeure de piano, Ilvana Korsch, raconte qu'elle voulait « jouer à Vienne »."
    assert [(q.speaker, q.speaker_kind) for q in quotations(text)] == [("Ilvana Korsch", "person")]


def test_an_apposition_on_a_noun_of_a_place_describes_the_place_not_the_speaker():
    text = "« J'ai tout appris ici », explique à l'AFP ce maçon de Varnelle, une bourgade au bord du lac."
    assert [(q.speaker, q.speaker_gender) for q in quotations(text)] == [("ce maçon de Varnelle", "male")]


@pytest.mark.parametrize("cue, speaker", [
    ("a déclaré la ministre de la Santé le 3 mars", "la ministre de la Santé"),
    ("a déclaré un porte-parole du ministère le 3 mars sur la radio", "un porte-parole du ministère"),
])
def test_a_date_after_the_speaker_is_no_part_of_the_description(cue, speaker):
    assert quotations(f"« Nous tiendrons », {cue}.")[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a verb no lexicon lists, after a named subject and the role set off by commas after it
    ("Paul Lenoir, coordinateur du réseau européen des bouées de mesure, voit plus loin : « J'espère une règle "
     "nouvelle ».", "Paul Lenoir"),
    ("Marie Roux ouvre le journal par des mots qui ont marqué : « Le pays a peur ».", "Marie Roux"),
    # a subject whose head is nobody, a passive with its agent: not the speaker
    ("Les opérations de secours constituent un défi : « nous avons dû travailler sous la pluie ».", None),
    ("Marie Roux, la romancière de 59 ans, est confirmée à son poste par Paul Lenoir : « Elle reste, j'en suis "
     "ravi ».", "Paul Lenoir"),
    ("Marie Roux, la romancière de 59 ans, est confirmée à son poste par Paul Lenoir bien qu'elle soit critiquée : "
     "« Elle reste, j'en suis ravi ».", None),
])
def test_the_subject_of_a_clause_ending_at_a_colon_speaks_whatever_its_verb(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "Les « gilets jaunes » ont bloqué le rond-point samedi, a indiqué la préfecture.",
    "Quelque 200 « gilets jaunes » ont défilé à Lyon, selon la police.",
    "Paul Roux, un « gilet jaune » de Lyon, a dénoncé la répression.",
    "Une centaine de « gilets jaunes » ont manifesté à Lille, selon la préfecture.",
    "Mireille et son mari, retraités et « gilets jaunes » de la première heure, sont choqués, a-t-elle dit.",
    "Un policier a été condamné pour avoir frappé une manifestante « gilet jaune » en janvier, a-t-il reconnu.",
])
def test_a_group_s_name_in_quote_marks_is_nobody_s_words(text):
    assert quotations(text) == []


def test_a_group_s_noun_a_verb_applies_to_people_is_a_quotation():
    text = "Paul Roux les juge « responsables » du désordre."
    assert [(q.quote, q.speaker) for q in quotations(text)] == [("responsables", "Paul Roux")]


def test_a_stressed_pronoun_set_off_after_a_name_makes_it_a_person_s():
    text = ("Ranine Bakri, étudiante de 25 ans, regrette la fermeture. Idrissa Kwamé, lui, aimerait rouvrir l'atelier. "
            "« On nous a dit d'attendre », dit-il.")
    assert [(q.speaker, q.speaker_gender) for q in quotations(text)] == [("Idrissa Kwamé", "male")]


@pytest.mark.parametrize("second, speaker", [
    ("poursuit l'étudiante en biologie", "la jeune femme de 24 ans"),
    # an indefinite description brings somebody new in; a name ending the description tells whom it describes
    ("ajoute une étudiante en biologie", "une étudiante"),
    ("conclut la présidente de séance Ilvana Korsch", "la présidente de séance Ilvana Korsch"),
])
def test_a_definite_description_that_goes_on_speaking_is_the_one_just_described(second, speaker):
    text = f"« J'avais acheté une robe », se lamente la jeune femme de 24 ans. « Je ne la porterai pas », {second}."
    assert [q.speaker for q in quotations(text)] == ["la jeune femme de 24 ans", speaker]


def test_an_indefinite_plural_opened_by_an_elided_de_is_a_subject():
    text = "« C'est injuste », a dit Marie Roux. Scandant « rendez-nous la plage », d'autres riverains ont rejoint le cortège."
    assert [q.speaker for q in quotations(text)] == ["Marie Roux", "d'autres riverains"]


def test_a_phrase_opened_by_a_contracted_article_after_the_verb_is_no_inverted_subject():
    text = ("Son adjoint aux transports, Paul Lenoir, a pointé du doigt l'équipe sortante : « on a trouvé des bus "
            "hors d'usage ».")
    assert [q.speaker for q in quotations(text)] == ["Paul Lenoir"]


def test_words_quoted_inside_a_quotation_after_a_colon_are_those_of_the_people_a_plural_noun_names():
    text = "« Ses voisines répétaient : 'Il est gentil, il adore les fleurs.' J'en riais », raconte Paula Marchal."
    assert [q.speaker for q in quotations(text)] == ["Paula Marchal", "ses voisines"]


@pytest.mark.parametrize("text, lang, speaker", [
    ("« Nous tiendrons », a dit le ministre Paul Lenoir. Quant à Marc Vidal, chef de file des députés, il juge que "
     "« rien n'est joué ».", "fr", "Marc Vidal"),
    ('"We will hold," said the minister Paul Lenoir. As for Mark Vidal, the party\'s leader, he said it was '
     '"far from over".', "en", "Mark Vidal"),
])
def test_the_topic_a_sentence_opens_on_is_whom_its_pronoun_means(text, lang, speaker):
    quotes = [q for q in extract_quotes(Article(text=text, id="t", lang=lang)) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["Paul Lenoir", speaker]


def test_a_topic_no_pronoun_takes_up_is_not_whom_a_later_pronoun_means():
    text = ("« Il faut tout prévoir », dit le pilote Paul Lenoir. Quant à Marc Vidal, son ami dit de lui qu'il anticipe "
            "tout, « il a toujours tout prévu ».")
    assert "Marc Vidal" not in [q.speaker for q in quotations(text)]


def test_marks_listed_after_marks_holding_a_work_s_title_hold_titles_too():
    text = ("D'après le quotidien, l'émission a permis à l'interprète de « Grand Large », « Mélodie des ports » ou "
            "« Le retour des frères » de se confier.")
    assert quotations(text) == []


@pytest.mark.parametrize("text, quoted", [
    # chanted after a speech verb: the list's words are the crowd's, whatever its first item looks like
    ("Les manifestants scandaient « Justice » ou « Tout le monde veut la vérité ».", "Tout le monde veut la vérité"),
    # somebody speaking of themself
    ("« Lâchez », « Je m'en vais » puis « Lâchez-moi » : tels sont les mots de Paul Roux, selon le rapport.", "Je m'en vais"),
])
def test_marks_listed_after_a_chant_or_holding_somebody_s_own_words_are_quotations(text, quoted):
    assert quoted in [q.quote for q in quotations(text)]


def test_a_description_opened_by_leur_before_a_name_describes_its_holder():
    text = "« Ma mère n'est pas morte pour rien », a lancé leur fille, Carlyne Bouchon."
    assert [(q.speaker, q.speaker_kind, q.speaker_gender) for q in quotations(text)] == [
        ("Carlyne Bouchon", "person", "female")]


def test_a_demonstrative_pronoun_opening_a_sentence_is_no_body_s_name():
    text = "Il voit un homme près d'une poubelle. Celle-là même vers laquelle se dirige sa famille. « Il y a eu une grosse flamme », se souvient-il."
    assert [q.speaker for q in quotations(text)] == [None]


@pytest.mark.parametrize("text", [
    "La ministre a été accueillie par des grévistes et des banderoles clamant « Hôpital en danger » ou « Des lits, pas des promesses ».",
    "Des milliers de personnes ont défilé derrière des banderoles dénonçant une « justice de classe ».",
    "« Ne laissez pas les banques nous ruiner », proclamait l'affiche.",
])
def test_words_a_sign_bears_are_nobody_s(text):
    assert quotations(text) == []


def test_the_author_of_a_sign_who_speaks_is_its_speaker():
    text = "La police a interpellé l'auteur du tag, qui se justifie : « Ce qui est interdit, c'est la haine. »"
    assert [q.speaker for q in quotations(text)] == ["l'auteur du tag"]


def test_a_description_in_the_first_sentence_is_the_title_s_person_when_only_others_of_another_gender_were_named():
    text = ("Paul Roux « ment aux Français », a affirmé la dirigeante écologiste sur France Inter. Jeanne Vidal avait "
            "déjà dénoncé son projet en mars.")
    article = Article(text=text, title="Jeanne Vidal : « Paul Roux ment »", id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "partial"] == ["Jeanne Vidal"]


@pytest.mark.parametrize("text, speaker", [
    ("\"J'ai donc décidé d'arrêter l'émission\". Il explique aussi qu'il se méfiait de la télévision.", "Marc Lenoir"),
    # after the quotation's own full stop, a subject the title is about
    ("\"J'en suis à 400 heures de tatouage.\" Marc Lenoir, alias Tatoo Man, est considéré comme l'homme le plus tatoué "
     "du pays.", "Marc Lenoir"),
    ("\"J'en suis à 400 heures de tatouage.\" Paul Vidal, son voisin, est considéré comme un sage.", None),
])
def test_an_opening_quotation_with_no_cue_is_the_title_s_person_the_next_sentence_opens_on(text, speaker):
    article = Article(text=text, title="Marc Lenoir claque la porte de la chaîne", id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == [speaker]


def test_a_stray_mark_before_the_opening_quotation_leaves_it_the_text_s_opening():
    text = ("\"\"Nous sommes à un tournant\". Pendant que les marches se multiplient, le président (PS) du conseil "
            "départemental Marc Lenoir a commenté les résultats d'une enquête.")
    assert [q.speaker for q in quotations(text)] == ["Marc Lenoir"]


def test_a_fronted_clause_opened_by_an_elided_conjunction_leaves_the_name_after_it_the_subject():
    text = ("Le virus a tout changé. Lorsqu'elle a commencé à donner des cours en ligne, Jeanne Vidal n'avait aucune "
            "idée de la suite. « Nous avions tellement de coupures », explique la danseuse.")
    assert [q.speaker for q in quotations(text)] == ["Jeanne Vidal"]


@pytest.mark.parametrize("text, speaker", [
    ("Jeanne Vidal, mère célibataire, enseigne la danse. « Les leçons sont souvent annulées », explique la jeune femme.",
     "Jeanne Vidal"),
    ("Le cirque rouvre. Paul Vidal, le père du dompteur, se prépare. « Les fauves ont faim », dit l'homme.",
     "Paul Vidal"),
])
def test_a_noun_of_anybody_may_describe_a_person_the_text_gave_a_role(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Le virus a tout changé. Aasha Kalbeli, mère célibataire de 26 ans, donne des cours en ligne. « Nous avions "
     "tellement de coupures », explique-t-elle.", "Aasha Kalbeli"),
    ("Dans le village, Tundup Namgyal, un agriculteur, garde ses bêtes. « Le loup est revenu », dit-il.", "Tundup Namgyal"),
])
def test_a_name_of_an_unlisted_first_name_with_a_person_s_description_apposed_is_a_person_s(text, speaker):
    assert [(q.speaker, q.speaker_kind) for q in quotations(text)] == [(speaker, "person")]


@pytest.mark.parametrize("text, speaker", [
    ("Interrogé par le site Fair Play, l'ancien maire, qui fut le premier élu noir de la ville, a répondu. « Nous ne le "
     "savons pas », a-t-il dit.", "l'ancien maire"),
    ("Ils ont rencontré au Sénégal Babacar, un jeune garçon. « Elle m'a sauvé la vie », raconte-t-il.", None),
])
def test_a_description_apposed_to_a_name_of_a_place_or_a_medium_makes_no_person_of_it(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous irons jusqu'au bout », a lancé Henri Vidal d'Arvieux.", "Henri Vidal d'Arvieux"),
    ("Une phrase lancée par Jean d'Orgeval à son départ : « La radio, c'est la liberté. »", "Jean d'Orgeval"),
    # a place's name, no surname: the president named after it
    ("Pour ce qui est de Marseille, le président de la région Provence-Alpes-Côte d'Azur rejette tout reconfinement "
     "dans des propositions adressées au préfet, relate RTL. Pour stopper le virus, Paul Roux a, notamment, dans le "
     "viseur ce qu'il appelle : le « Covid de la nuit ». « Certains ne respectent rien », détaille-t-il. Paul Roux "
     "évoque aussi l'interdiction des fêtes. Il réclame des renforts. « 250 policiers en plus », chiffre le président.",
     "Paul Roux"),
])
def test_a_surname_s_elided_particle_ends_the_name(text, speaker):
    assert [q.speaker for q in quotations(text) if q.kind == "direct"][-1] == speaker


def test_a_person_telling_her_own_story_with_a_relaying_verb_is_whom_her_pronoun_then_means():
    text = ("« Quand j'étais toute jeune, un animateur m'a convoquée dans une chambre d'hôtel », révèle l'ancienne "
            "chroniqueuse de Paul Roux. « On pourrait établir un code de bonne conduite », propose-t-elle.")
    assert [q.speaker for q in quotations(text)] == ["l'ancienne chroniqueuse de Paul Roux"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("« La musique adoucit les moeurs », dit le trompettiste. Anne-Marie Vidal, 69 ans, résidente depuis deux ans, est "
     "ravie : « On ne sort pas, on est coincés. Le concert, c'est bien ».", "Anne-Marie Vidal"),
    ("« Je vote toujours », dit Paul Roux. A Lyon, Jeanne Vidal, une employée de 62 ans, est enthousiaste : « Il faut "
     "soutenir la réforme, je n'ai jamais vécu aussi bien ».", "Jeanne Vidal"),
])
def test_ages_and_descriptions_apposed_to_the_subject_of_a_colon_frame_are_skipped_to_its_verb(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ("Paul Vidal et Marc Lenoir se parlent. Le journal publie leur échange :Vidal : « Je me suis caché dans un "
     "bâtiment, tu vois ? »Lenoir : « Et t'as rien mangé ? »-Vidal : « Je suis parti au restaurant. »",
     ["Paul Vidal", "Marc Lenoir", "Paul Vidal"]),
    ("La ministre a parlé aux experts. Extraits.Jeanne Vidal : « Sur Rouen, il faut passer au rouge » -L'expert : « Ce "
     "n'est pas justifié du point de vue météorologique »Jeanne Vidal : « Non, il n'y a pas que les orages » L'expert "
     ": « Nous devrions rester sous le seuil de la vigilance rouge »",
     ["Jeanne Vidal", "l'expert", "Jeanne Vidal", "l'expert"]),
])
def test_a_transcript_s_line_is_the_words_of_the_person_its_label_names(text, speakers):
    assert [q.speaker for q in quotations(text)] == speakers



def test_a_description_ends_at_the_verb_after_an_age():
    text = ("Cela fait vingt ans que Paul Roux a quitté la scène. La chanteuse de 65 ans vit désormais dans un petit "
            "village. « En 1995, j'ai décidé de fuir le monde du spectacle », explique-t-elle.")
    assert [q.speaker for q in quotations(text)] == ["la chanteuse de 65 ans"]


def test_a_participle_opening_a_sentence_with_its_capital_unaccented_is_no_subject():
    text = "Elu à la mairie en 2012, Paul Roux veut « réformer la ville de fond en comble »."
    assert [q.speaker for q in quotations(text)] == ["Paul Roux"]


def test_a_first_person_subject_is_no_speaker_s_name():
    text = "Paul Roux est venu me voir hier. Je lui ai répondu : « On va se battre ensemble »."
    assert [q.speaker for q in quotations(text)] == [None]


@pytest.mark.parametrize("text, speaker", [
    ('"Nous partons demain matin!" a tweeté l\'administrateur de l\'agence, Paul Roux.', "Paul Roux"),
    ('"Il a décidé de répondre" témoigne un camarade de l\'élève, dans les colonnes du journal.',
     "un camarade de l'élève"),
])
def test_a_cue_right_after_the_closing_mark_takes_a_person_s_noun_with_its_complement_as_subject(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Les migrants attendent. Un jeune Soudanais avait menacé de se jeter à l'eau. « Je te jure, je vais sauter », "
     "avait-il lancé à un membre de l'équipe.", "un jeune Soudanais"),
    ("« Je ne suis pas une victime », raconte une Ethiopienne qui a requis l'anonymat.", "une Ethiopienne"),
])
def test_a_noun_of_a_people_after_an_indefinite_article_describes_somebody_unnamed(text, speaker):
    assert [(q.speaker, q.speaker_kind) for q in quotations(text)] == [(speaker, "person")]


@pytest.mark.parametrize("text, speaker", [
    ("« C'est inacceptable », s'est indigné dans les colonnes du Parisien un représentant du syndicat.",
     "un représentant du syndicat"),
    ("« Nous avons eu très peur », a raconté au Courrier du Midi une habitante du quartier.",
     "une habitante du quartier"),
    ("« Le règlement est clair », explique dans les colonnes du Courrier du Midi la directrice de la société.",
     "la directrice de la société"),
    ("« Le règlement est clair », explique dans les colonnes du journal Le Courrier la directrice de la société.",
     "la directrice de la société"),
    ("« Le règlement est clair », explique au quotidien Le Courrier la directrice de la société.",
     "la directrice de la société"),
    ("« L'avion s'est écrasé sur les maisons », a rapporté à l'Agence France-Presse un témoin de l'accident.",
     "un témoin de l'accident"),
    ("« C'était atroce », raconte dans une interview accordée à Ici Paris la cinquième enfant de l'artiste.",
     "la cinquième enfant de l'artiste"),
])
def test_a_medium_after_a_contracted_article_ends_the_adjunct_before_the_inverted_subject(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_a_description_before_anybody_spoke_is_the_person_a_title_gives_the_article_s_words_to():
    text = ("Face à Paul Roux, Jeanne Vidal s'en est prise à son ancien compagnon. Le pianiste lui aurait fait renoncer "
            "à un projet avec la chanteuse Marie Lenoir. « J'arrive à Paris, je tombe sur un magazine et on parle de "
            "moi », révèle l'artiste.")
    article = Article(text=text, title="Les terribles confidences de Jeanne Vidal sur son ancien compagnon", id="t",
                      lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Jeanne Vidal"]


def test_a_quotation_with_no_cue_before_anybody_spoke_is_the_words_of_the_person_the_title_gives_them_to():
    text = ("L'humoriste revient en 2019 avec un nouveau spectacle, l'occasion de faire le point sur la difficulté "
            "d'être une mère : « Les femmes sont encore diminuées dans leurs carrières par les enfants. »")
    article = Article(text=text + " Jeanne Vidal part en tournée.", title="Le gros coup de gueule de Jeanne Vidal",
                      id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Jeanne Vidal"]


def test_a_title_s_person_spoken_to_in_the_sentence_before_is_not_the_voice_of_a_quotation_with_no_cue():
    text = ("Les surfeurs ont été accusés par Jeanne Vidal. Le collectif des familles s'en est pris directement à Jeanne "
            "Vidal. « Il ne faut pas traiter un sujet aussi sensible avec légèreté. Votre rang devrait vous imposer de "
            "la précision. »")
    article = Article(text=text, title="Les propos de Jeanne Vidal déclenchent un tollé", id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == [None]


@pytest.mark.parametrize("text, speaker", [
    ("« Les enfants d'abord », a déclaré Jeanne Vidal. Aujourd'hui, la première dame soutient publiquement Marie "
     "Lenoir, une réalisatrice. « Il faudrait un guide pour aider les parents », a dit la première dame.",
     "Jeanne Vidal"),
    ("« C'est tout l'orchestre qui s'y met », martèle Paul Roux. Le député épingle aussi Marc Lenoir : « Il ne faudrait "
     "pas céder à la tentation de la confrontation », conseille-t-il.", "Paul Roux"),
])
def test_a_description_and_a_speech_verb_before_a_name_are_a_clause_not_the_name_s_title(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Ancien ministre, Paul Roux veut « réformer la ville de fond en comble ».", "Paul Roux"),
    ("Président du groupe des députés, Marc Lenoir s'est refusé à « tirer sur une ambulance ».", "Marc Lenoir"),
])
def test_a_bare_role_opening_the_sentence_before_a_comma_is_an_apposition_not_the_subject(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("title, speaker", [
    ("Confinement, sanctions : ce qu'a annoncé Vidal", "Paul Vidal"),
    ("Paul Vidal dénonce la réforme des retraites", "Paul Vidal"),
    ("Paul Vidal part en vacances", None),
])
def test_a_title_giving_its_person_a_speech_verb_gives_them_the_opening_quotation_with_no_cue(title, speaker):
    text = ("« Nous sommes en guerre ». Après un week-end d'abstention, la prise de parole de Paul Vidal était très "
            "attendue ce lundi.")
    article = Article(text=text, title=title, id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == [speaker]


def test_a_description_looks_past_the_quotation_its_cue_closes_for_the_person_meant():
    # (`« … ! », a dénoncé le candidat`: the mark ending the quotation does not end the reporter's sentence)
    text = ("Paul Roux a cité de grands noms devant les députés. L'élu de la Creuse parlait lors des débats. Prenant la "
            "parole, il s'est emporté. « Nous perdons notre temps ! », a dénoncé le candidat malheureux à la "
            "présidentielle.")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux"]


@pytest.mark.parametrize("text", [
    "« La ville a tremblé », lance Marc Lenoir, un habitant. Idem ou presque pour Paul Roux, 30 ans. « Je suis sorti "
    "acheter du pain », affirme-t-il.",
    "« La ville a tremblé », lance Marc Lenoir, un habitant. Même son de cloche du côté de Paul Roux, élu de la ville. "
    "« Je suis sorti acheter du pain. »",
    "« La ville a tremblé », lance Marc Lenoir, un habitant. Un avis partagé par Paul Roux, qui vit au port. « Je suis "
    "sorti acheter du pain », raconte-t-il.",
])
def test_a_sentence_with_no_verb_turning_to_somebody_makes_them_the_topic(text):
    assert [q.speaker for q in quotations(text)] == ["Marc Lenoir", "Paul Roux"]


@pytest.mark.parametrize("text, speaker", [
    ("« Le cinéma doit se voir en salle », martèle Marc Lenoir. Un combat partagé par Paul Roux. « Il faut tenir bon », "
     "raconte le cinéaste dans un entretien.", "Paul Roux"),
    ("« Il faut rouvrir les écoles », lance Marc Lenoir. Depuis, Paul Roux ne quitte plus la mairie. « Nous sommes "
     "épuisés », confie l'élu.", "Paul Roux"),
    # a kin noun tells a tie to another: not the subject of the sentence before
    ("« Il a été tué de deux balles », affirme le père de Paul Roux. Mais Paul Roux n'était pas armé. « Nous voulons "
     "voir les images », lance le père.", "le père de Paul Roux"),
])
def test_a_description_means_the_subject_of_the_sentence_before_rather_than_the_last_speaker(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("La Vallonie, qui sert d'intermédiaire entre les deux pays, a confirmé avoir contribué à ce « geste "
     "humanitaire ».", "Vallonie"),
    # (a relative pronoun the incise follows at once: no clause set off by commas)
    ("Beaucoup de débats ont tourné autour des vaccins, qui, a souligné Paul Roux « ont été au cœur des échanges ».",
     "Paul Roux"),
])
def test_a_name_then_a_relative_clause_about_it_is_the_subject_not_the_verb_s_object(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_a_body_telling_what_a_person_did_is_not_whom_the_next_pronoun_means():
    text = ("Lors d'un entretien, le président Paul Roux a suggéré à son homologue Marc Lenoir de quitter l'alliance, a "
            "affirmé vendredi le Courrier du Nord. « Pourquoi ne pars-tu pas ? », a-t-il lancé à son hôte.")
    assert [q.speaker for q in quotations(text)][-1] == "Paul Roux"


@pytest.mark.parametrize("text, speaker", [
    ("Le sénateur Paul Roux a monté sa propre liste. Toujours en lice pour la mairie, il garde le même mantra : « Ni "
     "gauche, ni droite ».", "Paul Roux"),
    ("Marc Lenoir a parlé hier. Jeanne Vidal a quitté le club. Jamais à court d'idées, elle prépare un livre : « Je ne "
     "regrette rien ».", "Jeanne Vidal"),
])
def test_an_adverb_of_frequency_opening_a_fronted_phrase_is_no_subject(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("On y voit la victime au sol. Une voix masculine lance « va-t'en, va-t'en », selon le Courrier du Nord.",
     "une voix masculine"),
    ("Le laboratoire a en outre promis de « livrer avant la fin de l'année », selon le Courrier du Nord.", "le laboratoire"),
    # (`selon elle`: hers, whoever the verb's subject)
    ("Jeanne Vidal a dénoncé ce cours, dont les étudiants ne se rappellent « que le choc », selon elle.", "Jeanne Vidal"),
])
def test_words_a_speech_verb_introduces_are_its_subject_s_not_the_source_a_selon_phrase_names(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_a_text_s_first_pronoun_some_sentences_in_is_the_title_s_person_when_the_text_named_nobody():
    text = ("Sinon, à 57 ans, l'ex-chanteur du groupe, passionné de sports nautiques, donne des cours de surf dans son "
            "école de Cavalaire-sur-Mer, tout près de la plage. Toutefois, même s'il aime la ville, il se verrait bien "
            "animer une nouvelle émission. « Je dis oui », affirme-t-il au magazine.")
    article = Article(text=text, title="Paul Roux règle ses comptes avec la télévision", id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Paul Roux"]


@pytest.mark.parametrize("text, speaker", [
    ("« La prochaine fois ce sera le chien », a fustigé la députée La République en Marche (LREM), Jeanne Vidal.",
     "Jeanne Vidal"),
    ("« La crise est sans précédent », a estimé le directeur général de l'Organisation mondiale du fret (OMF), Paul "
     "Roux.", "Paul Roux"),
])
def test_a_title_s_bracketed_acronym_does_not_hide_the_name_apposed_after_it(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("La présidente de la commission des Lois, Jeanne Vidal, a affirmé qu'il était « hors de question » de venir.",
     "Jeanne Vidal"),
])
def test_a_person_apposed_to_a_description_is_the_subject_whatever_name_the_description_holds(text, speaker):
    # (`Lois` is a first name too)
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre Paul Roux a salué un « grand serviteur ». 16h55. Marc Lenoir, ex-Premier ministre britannique : « En "
     "dépit de nos différends, il fut un grand dirigeant ».", "Marc Lenoir"),
    # (a clause in apposition: no line of a person's words)
    ("Le ministre Paul Roux a salué un « grand serviteur ». Marc Lenoir, qui l'a connu, se souvient : « Il fut un grand "
     "dirigeant ».", "Marc Lenoir"),
])
def test_a_line_giving_a_name_and_its_description_before_a_colon_introduces_their_words(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


def test_a_demonstrative_description_past_an_adverb_means_who_just_spoke_not_the_name_in_its_complement():
    text = ("Interrogé sur le bilan, Paul Roux juge que la gauche « est en ruine ». Malgré tout, ce très proche de Marc "
            "Lenoir estime que le président « a bien commencé ». « Il s'est imposé très vite », dit-il.")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "Paul Roux", "Paul Roux"]


def test_a_pronoun_means_no_sentence_subject_whose_head_is_a_thing_with_a_person_in_its_complement():
    text = ("Le ministre-adjoint de l'Information, Paul Roux, a condamné le meurtre de Marc Lenoir, affirmant que cet "
            "« assassinat » constituait « une attaque contre la presse », et reflétait « les échecs de toutes les parties "
            "». « Il semble que son activité ait suscité la colère », a-t-il ajouté dans une déclaration à l'AFP.")
    assert [q.speaker for q in quotations(text)][-1] == "Paul Roux"


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre-adjoint de l'Information, Paul Roux, a condamné le meurtre de Marc Lenoir, affirmant que cet « "
     "assassinat » constituait « une attaque ».", "Paul Roux"),
])
def test_a_compound_role_is_a_role(text, speaker):
    assert {q.speaker for q in quotations(text)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Le maire Marc Lenoir n'avait pas échappé aux attaques du patron du parti, selon qui il avait « vidé la caisse » de "
     "sa ville.", "le patron du parti"),
])
def test_a_mention_opening_on_a_contracted_article_is_read_with_the_definite_one(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_a_subject_inverted_past_the_medium_told_is_whom_a_pronoun_then_means():
    text = ("« C'est un scandale », a dit l'avocat de Marc Lenoir. Les programmes de fidélité sont souvent détournés, "
            "explique au New York Times Paul Roux, directeur chez Points. Selon lui, « il y a un vaste marché ».")
    assert [q.speaker for q in quotations(text)][-1] == "Paul Roux"


def test_a_name_after_a_possessive_and_a_relational_role_opens_the_sentence_as_its_subject():
    text = ("« Il faut agir », a déclaré le sénateur Marc Lenoir. Son prédécesseur Paul Roux a, lui, publié un texte. « La "
            "majorité des manifestants ont été pacifiques », a-t-il écrit.")
    assert [q.speaker for q in quotations(text)] == ["Marc Lenoir", "Paul Roux"]


def test_a_description_opening_the_sentence_before_gives_the_floor_to_the_person_it_names():
    # (a guess of whom the description means, that ties nothing: no alias given, no entity added)
    text = ("« Tout est fini », a dit Marc Lenoir. Sollicité par l'AFP, le Pr Roux n'a pas pu être joint. « Y a-t-il une "
            "erreur qu'ils n'ont pas commise ? »")
    assert [q.speaker for q in quotations(text)] == ["Marc Lenoir", "Roux"]


@pytest.mark.parametrize("text, speaker", [
    # the verb after a named subject's appositions is no incise: its object is no subject
    ("« Nous perdrions », a averti Marc Lenoir. Paul Roux, qui fut ministre comme Jeanne Vidal, pressentie elle aussi, "
     "a quant à lui invité Luc Martin à plus d'« humilité ». « Je n'accepte aucune fatwa », a-t-il dit.", "Paul Roux"),
    # but after a clause of its own, a speech verb set off by a comma is one
    ("« Nous perdrions », a averti Marc Lenoir. Jeanne Vidal a récupéré l'usage de ses mains, poursuit Luc Martin, un "
     "ergothérapeute. « Nous voyons beaucoup de patients », a-t-il dit.", "Luc Martin"),
])
def test_a_verb_after_a_named_subject_s_appositions_inverts_no_subject(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the subject of the speech verb just before is a description: the pronoun means it, not the one it answered
    ("« Les Français sont en colère », a dit Jeanne Vidal. Dimanche, la secrétaire d'État aux Transports a répondu à "
     "Jeanne Vidal. « Il n'y a aucun complot », a-t-elle déclaré.", "la secrétaire d'État aux Transports"),
    ("« Tout augmente », a lancé Marc Lenoir. Le délégué syndical a déploré que Marc Lenoir refuse de négocier. « Aucune "
     "demande ne reçoit de réponse », a-t-il regretté.", "le délégué syndical"),
    # with no speech verb, the subject of a sentence whose verb's object the one it answered is
    ("« Les Français sont en colère », a dit Jeanne Vidal. Sur son compte Twitter, la secrétaire d'État s'en est prise "
     "violemment à Jeanne Vidal. « Il n'y a aucun complot », a-t-elle écrit.", "la secrétaire d'État"),
])
def test_a_pronoun_means_the_description_subject_of_the_speech_verb_before_over_its_object(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


def test_a_description_is_not_the_person_its_reported_clause_opens_with_but_may_be_one_named_further():
    text = ("« Tout augmente », a lancé Marc Lenoir. Le délégué syndical a déploré que M. Marc Lenoir refuse de négocier.")
    assert [q.speaker for q in quotations(text, kinds=("indirect",))] == ["le délégué syndical"]
    text = "« Je suis triste », a dit Paul Roux. Le père de Paul Roux est mort samedi, a annoncé à l'AFP l'ancien ministre."
    assert [q.speaker for q in quotations(text, kinds=("indirect",))] == ["Paul Roux"]


def test_a_description_whose_sentence_names_the_pronoun_s_person_only_beside_it_stays_theirs():
    # (the name in a clause about the description, or in a sentence before it: the description may be theirs)
    text = ("« Il faut partir », a dit Paul Roux. La manifestante, qui s'est présentée comme Jeanne Vidal, a publié une "
            "vidéo. « Je n'ai rien fait », a-t-elle dit. Jeanne Vidal a ensuite rencontré les élus. La militante a "
            "pris la parole. « Nous resterons », a-t-elle lancé.")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "Jeanne Vidal", "Jeanne Vidal"]


@pytest.mark.parametrize("text, speaker", [
    ('Pour le député Paul Roux, il était un "historien engagé qui aimait la France."Pour Jean Vidal, député de la '
     'Sarthe, "il portait en lui la fierté du pays".', "Jean Vidal"),
    ("« Tout augmente », raconte l'épicier Paul Roux. « Nous vendons à perte. » Pour l'analyste Jean Vidal, « le régime "
     "ne peut pas suivre ».", "Jean Vidal"),
])
def test_a_pour_phrase_opens_the_sentence_after_a_quotation_that_ended_its_own(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Paul Roux est un comédien. Le metteur en scène du comédien s'était plaint au journal : « C'est une attaque "
     "anonyme ».", "le metteur en scène du comédien"),
    ("Paul Roux est un comédien. La rédactrice en chef du journal a réagi : « C'est une attaque anonyme ».",
     "la rédactrice en chef du journal"),
])
def test_a_subject_read_back_from_its_verb_keeps_a_role_of_several_words_whole(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("La police a dispersé le cortège, qui comptait des manifestants scandant « Macron démission ».", "des manifestants"),
    ("Une vidéo montrait le policier, impassible face à une trentaine de militants criant « vendu ».",
     "une trentaine de militants"),
])
def test_a_participle_right_after_a_noun_of_persons_has_them_for_subject(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a gerund leans on the clause's subject; a thing's participle on its author
    ("Le gouvernement a créé la polémique en affirmant une « erreur de calcul ».", "le gouvernement"),
    ("Le syndicat a publié une lettre dénonçant une « provocation ».", "le syndicat"),
])
def test_a_gerund_or_a_thing_s_participle_keeps_the_clause_s_subject(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_a_pronoun_means_nobody_who_spoke_in_the_participle_clause_its_sentence_opens_with():
    text = ("Emmanuel Macron était en Dordogne. Interpellé par un journaliste lui demandant si la République était "
            "« entachée », il a répondu : « Non, la République est inaltérable ! »")
    assert [q.speaker for q in quotations(text)] == ["un journaliste", "Emmanuel Macron"]


def test_a_sentence_subject_whose_head_is_a_thing_is_no_person_for_a_pronoun():
    text = ("Natacha Roux a lancé une procédure contre la directrice du refuge. L'éviction de cette militante a entraîné "
            "une pétition. « Ces personnes ont adopté des attitudes incompatibles », explique-t-elle.")
    assert [q.speaker for q in quotations(text)] == ["Natacha Roux"]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous devons être prêts », a dit le Premier ministre Paul Roux. Le chef d'état-major de l'armée de l'air s'est "
     "exprimé sur le commandement de l'espace. Une réponse à une menace. « Un satellite russe s'est approché de nos "
     "satellites. »", "le chef d'état-major de l'armée de l'air"),
    ("« Nous devons être prêts », a dit Jeanne Roux. Joint par le quotidien régional, le beau-frère de la victime a "
     "expliqué sa démarche. « J'en ai marre de les laisser mener la danse. »", "le beau-frère de la victime"),
    # but a description that may be who spoke last is theirs, and a relative clause's verb is no sentence's
    ("« Je quitte l'émission », a annoncé Frédéric Roux. L'animateur s'est confié au Parisien. « En juillet, j'étais "
     "dans un taxi quand j'ai compris. »", "Frédéric Roux"),
    ("« Elle avait peur », témoigne Jeanne Roux. La victime, qui souhaitait divorcer, avait déposé une plainte. "
     "« Personne n'a voulu nous écouter. »", "Jeanne Roux"),
])
def test_a_cueless_quotation_is_the_description_a_speech_verb_just_before_has_for_subject(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # words quoted inside a quotation right after a speech verb of its own are its subject's
    ("« J'ai pris mon mal en patience. Et la contrôleuse qui me demandait 'vous êtes sûre de ne rien vouloir ?' », "
     "ajoute Jeanne Roux.", "la contrôleuse"),
    ("« J'ai entendu des gens qui criaient : 'ça brûle, ça brûle !'. J'ai dit à mon frère de sortir », a raconté "
     "Paul Roux.", "des gens"),
    ("« Si le parti n'était pas là, des personnes mal intentionnées auraient dit : 'Le parti ne veut pas discuter'. "
     "Voilà », a dit Jeanne Roux.", "des personnes mal intentionnées"),
    # a pronoun there is somebody the speaker tells of, not the speaker
    ("Paul Roux a passé un pacte avec le réalisateur, Marc Durand. « Il a fait un deal avec moi : 'Tu veux jouer la "
     "comédie ? Alors travaille' », raconte Paul Roux.", "Marc Durand"),
    # a description there is somebody the speaker tells of, never the speaker
    ("« Personne ne m'a aidée », a dit Jeanne Roux. « J'étais bloquée dans le train. La contrôleuse m'a dit : 'vous "
     "devez descendre à Lyon' », raconte-t-elle.", "la contrôleuse"),
    # but the speaker's own words to others are theirs, and so are those after the reporter's incise
    ("« Je leur ai dit : 'Rentrez chez vous, tout de suite' », raconte Paul Roux.", "Paul Roux"),
    ("« Je me moquais beaucoup d'elle, s'est souvenu l'animateur Paul Roux, du genre : 'Je comprends qu'il soit "
     "toujours dehors' »."
     , "Paul Roux"),
])
def test_words_quoted_inside_a_quotation_after_a_speech_verb_of_its_own_are_its_subject_s(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text", [
    # a naming participle names whatever the case, a sign bears its words, `de type` names a kind
    "Le collectif a lancé cette opération baptisée « oiseau de feu » contre les vols intérieurs.",
    "Environ 200 personnes se sont rassemblées derrière une pancarte « Stop à la précarité des labos ».",
    "Il a ressorti sa pancarte « Touche pas à mon pote » pour l'occasion, a raconté Paul Roux.",
    "L'homme avait été interpellé avec un pistolet de type « airsoft » dans son sac.",
])
def test_names_kinds_and_what_signs_bear_are_no_quotations(text):
    assert quotations(text) == []


@pytest.mark.parametrize("text, speaker", [
    # but a speech verb's forms are no naming participles
    ("Valérie Roux a également appelé « à la reprise du travail dans les entreprises ».", "Valérie Roux"),
    ("Interrogée sur le sujet, Jeanne Roux a d'abord dit « vouloir avoir le droit d'avoir une opinion ».", "Jeanne Roux"),
])
def test_a_speech_verb_s_participle_introduces_words_not_a_name(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # words a speaker quotes from a person they cite are that person's
    ("« Lors de ces événements, 230 personnes ont été tuées », écrit l'agence officielle Irna en citant Paul Roux, "
     "président de la commission.", "Paul Roux"),
    ("Le porte-parole Paul Roux a parlé. « Nous serons intraitables avec ceux qui commettent de tels actes », a-t-il "
     "conclu, citant de nouveau le président Jean Dupont.", "Jean Dupont"),
    ("« Selon les résultats, le virus circule encore », écrit l'agence Isna en citant le Dr Ehsan Roux.", "Ehsan Roux"),
    # not a document, nor examples named
    ("« Il faut porter le masque partout », a défendu Paul Roux, citant des études épidémiologiques.", "Paul Roux"),
    ("« Une nouvelle vague a beaucoup rayonné », souligne Paul Roux, citant Christine ou Jain.", "Paul Roux"),
])
def test_words_quoted_from_a_person_the_speaker_cites_are_theirs(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a reporter who saw it is a witness: the words are the sentence's speaker's
    ("Les manifestants portaient des drapeaux et scandaient des slogans comme « Loukachenko en prison » ou « Pars ! », "
     "selon un journaliste de l'AFP.", ["les manifestants", "les manifestants"]),
    ("Des policiers ont délogé les militants qui continuaient de scander « Rébellion ! Rébellion ! », a constaté la "
     "journaliste de l'AFP.", ["les militants"]),
    ("Un passager du train a décrit un « homme bizarre, agité », selon un correspondant de l'AFP.", ["un passager du train"]),
    # but a reporter's own account is theirs
    ("« Les vitrines ont toutes été brisées dans la nuit », selon un journaliste de l'AFP.", ["un journaliste de l'AFP"]),
])
def test_a_reporter_who_saw_it_is_a_witness_of_the_sentence_s_speaker(text, speakers):
    assert [q.speaker for q in quotations(text)] == speakers


def test_a_word_ending_as_only_a_finite_verb_ends_ends_the_subject_before_it():
    text = "Les militants portaient des drapeaux et criaient « Libérez nos camarades, libérez-les tous ! »."
    assert [q.speaker for q in quotations(text)] == ["les militants"]


@pytest.mark.parametrize("text, speaker", [
    # a pronoun with nobody before it to mean is the subject of the speech verb closing the sentence before
    ("Le suspect a été mis en examen lundi pour « assassinat », a annoncé le parquet de Lyon. « Les juges ont saisi le "
     "juge des libertés », ajoute-t-il.", "le parquet de Lyon"),
    ("Les recherches ont pris fin jeudi, ont indiqué les gendarmes à l'AFP. « Toutes les vérifications prévues ont été "
     "faites », ont-ils précisé.", "les gendarmes"),
])
def test_a_pronoun_with_nobody_to_mean_is_the_speaking_subject_of_the_sentence_before(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a description whose sentence turns to them takes the floor from who spoke last
    ("« A 45 ans, ma vie est brisée », dénonce Christophe Roux. Une femme de 49 ans a quant à elle subi une amputation "
     "tibiale. « J'ai subi 40 à 50 opérations pour tenter de sauver ma jambe. »", "une femme de 49 ans"),
    # `adjoint au maire`, a role of several words, before the name apposed to it
    ("« Je prendrai la décision en accord avec le maire », a déclaré l'adjoint au maire de Paris en charge des "
     "transports, Christophe Roux, à propos de la fermeture.", "Christophe Roux"),
])
def test_a_turn_to_a_description_and_a_deputy_mayor_s_title(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the pronoun of an incise means whom the clause before the colon names after its speech verb
    ("La rue était calme, comme raconte un voisin joint par téléphone : « Nous avons entendu trois coups de feu », "
     "explique-t-il.", "un voisin joint par téléphone"),
    ("La crue a tout emporté, témoigne une agricultrice du village : « Il ne reste plus rien de la grange », "
     "ajoute-t-elle.", "une agricultrice du village"),
    # a clause with no speech verb: its subject
    ("Le député Marc Lenoir juge la chanson « haineuse ». A la fin du clip, le rappeur a développé sa position : « Ce "
     "mot désigne les médias, pas les Français », détaille-t-il.", "le rappeur"),
    ("Le premier a réagi aux propos du second, qui juge le scrutin « légitime ». Le délégué du parti s'est empressé de "
     "rattraper le chef des Insoumis : « Donc pour nos élections, c'est bon ? » a t-il demandé.", "le délégué du parti"),
    # a selon-like phrase opening the sentence
    ("La police est arrivée vers minuit. Selon Julie Marin, une Parisienne de 19 ans, « on en a entendu parler sur les "
     "réseaux », a-t-elle raconté.", "Julie Marin"),
])
def test_an_incise_s_pronoun_means_whom_its_sentence_names_before_the_quotation(text, speaker):
    assert [q.speaker for q in quotations(text)][-1] == speaker


def test_a_document_relayed_by_a_medium_is_the_body_s_that_spoke_not_the_medium_s():
    text = ("« Nous sommes très inquiets », a déclaré la marque Lumina lundi. « Les recherches n'ont pas permis de "
            "retrouver notre PDG », annonce le communiqué repris par Radio Sud.")
    assert [q.speaker for q in quotations(text)] == ["Lumina", "Lumina"]
    text = "« Les recherches n'ont pas permis de retrouver notre PDG », annonce le communiqué repris par Radio Sud."
    assert [q.speaker for q in quotations(text)] == ["le communiqué"]  # the document's author unknown


def test_an_incise_s_pronoun_means_the_person_named_right_before_the_colon():
    text = ("Certains internautes l'ont menacée. « On va te retrouver », a notamment écrit l'un d'eux. Plusieurs "
            "personnalités lui ont alors apporté leur soutien, jusqu'au ministre de l'Intérieur Paul Durand : « Je "
            "condamne vivement ces menaces », a-t-il réagi sur Twitter.")
    assert [q.speaker for q in quotations(text)] == ["l'un d'eux", "Paul Durand"]


@pytest.mark.parametrize("text, speaker", [
    # an apposition left open before the verb: the person, not the body ending it, though its name ends on a first name
    ("Julie Marin, porte-parole de la Maison Blanche a dénoncé une réaction « consternante ».", "Julie Marin"),
    # a first name before its surname, after a body's name: still a person's
    ("« Les deux noms restent liés », souligne à l'AFP Sophie Duplan, commissaire de l'exposition.", "Sophie Duplan"),
])
def test_a_first_name_ending_a_body_s_name_names_no_person(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_a_successor_may_be_who_spoke_whatever_office_the_text_gives_them():
    text = ("« Je connais Paul Roux depuis longtemps », a poursuivi le Premier ministre Jean Martin. « Je continue à "
            "l'aimer », a encore fait valoir le lointain successeur de M. Roux à Matignon.")
    assert [q.speaker for q in quotations(text)] == ["Jean Martin", "Jean Martin"]


@pytest.mark.parametrize("text, speaker", [
    # a purpose phrase completes the verb of a relative clause opened by `dont`: that clause's subject speaks
    ("Le journaliste a hésité. Une situation dont l'humoriste a profité pour lancer à Paul Roux : « Vous n'avez plus "
     "rien à dire ».", "l'humoriste"),
    # else the sentence's subject
    ("Des centaines de manifestants ont défilé pour réclamer « justice pour Adama ».", "des centaines de manifestants"),
])
def test_a_purpose_phrase_s_speaker_is_the_subject_of_the_verb_it_completes(text, speaker):
    assert [q.speaker for q in quotations(text)] == [speaker]


def test_a_stressed_pronoun_after_its_auxiliary_makes_a_name_no_list_knows_a_person_s():
    text = ("« J'ai tout perdu », explique une femme. Besenta Judahua a elle aussi dû abandonner sa maison. Elle n'a "
            "plus rien. « Je n'ai ni eau ni électricité », dit-elle.")
    quote = quotations(text)[-1]
    assert (quote.speaker, quote.speaker_gender) == ("Besenta Judahua", "female")


def test_a_pronoun_of_the_other_gender_never_falls_back_on_a_description_s_grammatical_gender():
    text = ("« Elle ne veut pas réhabiliter ce régime ! » a défendu le vice-président du parti. Puis la journaliste a "
            "ressorti une séquence. Elle a ensuite indiqué qu'en 2010, la dirigeante avait ri de cette blague.")
    quote = quotations(text)[0]
    assert (quote.speaker, quote.speaker_gender) == ("le vice-président du parti", "male")


def test_a_pronoun_means_the_description_its_sentence_is_about_over_a_name_after_a_preposition():
    text = ("Quelques jours après avoir déclenché une vive polémique en raison de propos tenus lors d'une réunion "
            "publique de son mouvement « Paris debout », le roi des forains a annoncé sur le plateau de Paul Roux sur "
            "C8 qu'il se lance dans la course à la mairie. « Maintenant que je suis à la retraite, je vais me "
            "présenter », a-t-il ainsi lâché, en colère, dans l'émission « Tout va bien ».")
    assert [q.speaker for q in quotations(text)] == ["le roi des forains"]


def test_a_pronoun_keeps_the_person_the_title_is_about_though_named_after_a_preposition():
    text = ("L'hebdomadaire a exhumé les textes de Jean Vidal écrits à vingt ans. Après avoir nié, l'écrivain en a "
            "reconnu la paternité. « J'assume tout », a-t-il déclaré.")
    found = extract_quotes(Article(id="t", lang="fr", title="Jean Vidal : « J'ai un dégoût de moi-même »", text=text))
    assert [q.speaker for q in found if q.kind == "direct"] == ["Jean Vidal"]


def test_the_chair_of_a_mission_may_be_the_senator_who_just_spoke():
    text = ("« Il faut agir vite », a estimé le sénateur centriste Paul Maurey lundi. « Ce qui s'est passé illustre ce "
            "qu'on dit », a précisé le président de la mission d'information sénatoriale sur la sécurité des ponts.")
    assert [q.speaker for q in quotations(text)] == ["Paul Maurey", "Paul Maurey"]


@pytest.mark.parametrize("qualifier", ["assez agacée", "visiblement émue", "plutôt sèchement"])
def test_an_adverb_after_the_speaker_s_noun_ends_the_mention(qualifier):
    text = f"« Stop au repli sur soi », a ensuite rappelé la ministre {qualifier}."
    assert [q.mention for q in quotations(text)] == ["la ministre"]


@pytest.mark.parametrize("text, speaker", [
    ("« Rien ne change », a écrit le magazine L'Hebdo du Jura.", "L'Hebdo du Jura"),
    ("Selon le journal La Gazette de Lyon, le maire savait « depuis des mois ».", "La Gazette de Lyon"),
    ("« Nous partons », a dit le Parti socialiste.", "Parti socialiste"),  # (a lower-case article is not)
])
def test_a_capital_article_after_a_noun_belongs_to_the_name(text, speaker):
    assert quotations(text)[-1].speaker == speaker


def test_an_interview_s_answers_are_the_interviewee_s():
    text = ("A 52 ans, l'ancien sauteur Javier Soto répond aux questions de l'AFP.Question: Quelle est votre activité "
            "préférée ?Réponse: « Mon activité favorite, c'est le sport. »Q: Que nous enseigne cette crise ?R: « Elle a "
            "uni plus de gens qu'on ne le croit. »")
    assert [q.speaker for q in quotations(text)] == ["Javier Soto", "Javier Soto"]


def test_an_answer_s_label_outside_an_interview_names_nobody():
    text = ("Un policier hèle deux jeunes femmes, une glace à la main. Réponse : « Mais on mange une glace ! » "
            "Conclusion sans appel : « Il fallait la manger chez le glacier ! »")
    assert "Réponse" not in [q.speaker for q in quotations(text)]


@pytest.mark.parametrize("text", [
    "Globalement, les salariés confinés sont inquiets : 86 % éprouvent des craintes « pour l'avenir du pays ».",
    "Actuellement, près de la moitié du plastique devient un déchet, mais « seuls 20 % de ces déchets sont collectés ».",
])
def test_an_adverb_or_participle_opening_the_sentence_is_no_speaker(text):
    assert all(q.speaker not in ("Globalement", "Actuellement") for q in quotations(text))


def test_a_civil_title_glued_to_the_previous_sentence_still_opens_the_subject():
    text = ("La directrice, Anna Vidal, a affirmé que le groupe gagnait peu. La Commission a estimé que le groupe gagnait "
            "beaucoup.Mme Vidal a jugé ces chiffres irréalistes.« Nous sommes d'accord sur l'essentiel », a-t-elle écrit.")
    assert quotations(text)[-1].speaker == "Anna Vidal"


@pytest.mark.parametrize("title, speaker", [
    ("Dupont, Martin, Lefèvre : Jean Roux règle ses comptes", "Jean Roux"),
    ("Impôts, Paul Martin : ce qu'il faut retenir de l'interview de Jean Roux", "Jean Roux"),
    # without a list before the colon, the name before it is whom the title is about
    ("Paul Dupont : Jean Roux « a tout compris »", "Paul Dupont"),
])
def test_a_list_of_names_before_a_title_s_colon_is_its_topics_not_its_subject(title, speaker):
    text = "« Pourquoi Lefèvre n'est-il pas encore jugé ? », s'interroge-t-il dans un entretien accordé à un magazine."
    quotes = extract_quotes(Article(text=text, title=title, id="t", lang="fr"))
    assert [q.speaker for q in quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("qualifier, speaker", [("républicain", "le président américain"), ("démocrate", "Paul Roux")])
def test_a_description_of_one_party_is_not_who_the_text_gave_another(qualifier, speaker):
    text = ("Le candidat démocrate Paul Roux a attaqué son rival, le traitant de « menteur ». « Tout ira bien », a assuré "
            f"le président américain. « La science ne sait pas tout », a ajouté le candidat {qualifier}.")
    assert quotations(text)[-1].speaker == speaker


def test_a_description_of_the_pronoun_s_gender_outweighs_a_first_name_s():
    text = ("Andréa Lenoir, conseiller régional écologiste, a annoncé mardi quitter son parti. « Le président a "
            "attisé la colère des Français », dénonce-t-il.")
    assert quotations(text)[-1].speaker == "Andréa Lenoir"


@pytest.mark.parametrize("text, speaker", [
    ("Le festival de Paul Leroy est donc directement visé. Et l'intéressé n'a pas tardé à réagir : « Je me battrai "
     "pour le sauver. »", "Paul Leroy"),
    ("La chaîne annonçait que Jeanne allait quitter l'antenne. « Je suis très attachée à cette maison », avait alors "
     "réagi l'intéressée.", "Jeanne"),
])
def test_the_one_concerned_describing_nobody_before_is_who_was_named_last(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("description", ["l'ex-ministre de l'Économie", "le député"])
def test_whom_a_question_asks_about_is_not_who_answers_it(description):
    text = ("Paul Roux dénonce le « passage en force ». Marc Petit pourra-t-il se représenter ? « Je ne sais pas. La "
            f"primaire est indispensable », a déclaré {description}.")
    assert quotations(text)[-1].speaker == "Paul Roux"


@pytest.mark.parametrize("text, speaker", [
    ("Les taxes ont augmenté. « La fiscalité va continuer d'augmenter, selon un expert interrogé par la radio. Le prix "
     "à la pompe va suivre. »", "un expert interrogé par la radio"),
    ("Les taxes ont augmenté. « La hausse va durer, d'après une source proche du dossier, et le prix va suivre. »",
     "une source proche du dossier"),
    # the speaker's own view, or what the speaker draws on, is no source
    ("Les taxes ont augmenté. « La hausse va durer, selon moi, et le prix va suivre », a dit Paul Roux.", "Paul Roux"),
    ("Paul Roux a parlé. « Son état est stable, selon les médecins, et il se repose. »", "Paul Roux"),
])
def test_a_selon_phrase_between_commas_inside_the_marks_names_the_speaker(text, speaker):
    assert quotations(text)[-1].speaker == speaker


@pytest.mark.parametrize("description", ["la directrice de l'école Jean Moulin", "la présidente de la fondation Jean Jaurès"])
def test_the_name_apposed_to_a_description_holds_it_not_a_name_inside_it(description):
    text = f"« On a repris l'école comme on l'a terminée », a estimé {description}, Anne Vidal."
    assert quotations(text)[-1].speaker == "Anne Vidal"


def test_reported_words_whose_inverted_speaker_was_reached_by_a_medium_make_them_who_a_pronoun_means():
    text = ("La femelle Mei Lan est arrivée au zoo. Le zoo s'est alors tourné vers une plantation, mais cette solution "
            "prendra fin en septembre, a expliqué une porte-parole du zoo jointe mardi par l'AFP. « On ne peut pas leur "
            "donner n'importe quel bambou », a-t-elle ajouté.")
    assert quotations(text)[-1].speaker == "une porte-parole du zoo"


def test_a_name_whose_first_word_is_glued_to_a_sub_heading_opens_its_sentence():
    text = ("Paul Roux « suit un traitement », écrit Marc Petit, le metteur en scène.Combatif et déterminéPaul Roux lutte "
            "depuis des mois contre la maladie. Fin décembre, l'acteur expliquait : « Les derniers examens ? Pas très "
            "bons. »")
    assert quotations(text)[-1].speaker == "Paul Roux"


def test_a_description_framing_an_opinion_before_a_comma_is_not_the_title_of_the_name_after_it():
    text = ("« Nous partons », a déclaré Paul Roux, le Premier ministre. Pour le chef du gouvernement, Marc Petit est "
            "« animé par une forme de revanche ». « Il faut agir », a ajouté le Premier ministre.")
    assert quotations(text)[-1].speaker == "Paul Roux"


def test_a_name_in_apposition_to_a_description_framing_an_opinion_holds_it():
    text = ("Le débat a repris. Pour le maire de Lyon, Paul Roux, les manifestants ont « raison ». « Il faut agir », a "
            "ajouté le maire de Lyon.")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "Paul Roux"]


def test_a_long_bare_role_apposition_opening_the_sentence_leaves_the_name_after_it_the_subject():
    text = ("La radio précise que Paul Roux n'a pas souhaité s'exprimer. Cheffe de la mission communication, de la "
            "direction de la voirie et des déplacements à la mairie, placée sous la responsabilité de Marc Petit "
            "(conseiller de 2001 à 2014), Anne Vidal a également témoigné. « Ce que j'ai vécu commence à remonter. »")
    assert quotations(text)[-1].speaker == "Anne Vidal"


def test_words_in_the_first_person_singular_are_no_thing_s_that_spoke_before():
    text = ("« Nous tournerons cet été », a déclaré Paul Roux. Le tournage est reporté, selon un article paru lundi. "
            "« Pour le moment, je ne fais pas le film », a-t-il affirmé.")
    assert quotations(text)[-1].speaker == "Paul Roux"


def test_a_participle_clause_after_a_sub_heading_run_into_the_text_leaves_the_name_after_it_the_subject():
    text = ("Selon le ministère, « il y a un regain ». - « On allait exploser » -Partagé entre l'envie de sortir et la "
            "crainte d'un regain des infections, Paul Roux, un médecin, avoue hésiter. « Mais après cinq mois, il nous "
            "fallait sortir », confesse-t-il.")
    assert quotations(text)[-1].speaker == "Paul Roux"


@pytest.mark.parametrize("place", ["Hong Kong", "Sri Lanka", "Rio de Janeiro"])
def test_a_place_whose_first_word_is_a_first_name_is_no_person_a_pronoun_means(place):
    text = "« Continuez à vous battre ! », leur a-t-il lancé. Depuis l'adoption de la loi, M. Wong est poursuivi."
    article = Article(text=text, title=f"{place} : libéré, le patron de presse appelle ses journalistes à se battre",
                      id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] != [place]


def test_a_pronoun_is_not_the_person_the_words_address_by_first_name():
    text = ("Interrogé sur la personne avec qui il ne partirait pas en vacances, Paul Roux a répondu : Marc Petit. "
            "« Il ne fait pas de sport. Tu m'entends bien Marc ? », lance-t-il en riant.")
    assert quotations(text)[-1].speaker == "Paul Roux"


def test_a_name_in_an_unclosed_apposition_before_the_verb_frames_the_quotation_after_the_colon():
    text = ("Dans une interview au « Daily Mail », son frère, le prince Paul Roux est revenu sur cet accident qui a "
            "bouleversé sa sœur : « Il lui a fallu beaucoup de temps pour s'en remettre. »")
    assert quotations(text)[-1].speaker == "Paul Roux"


def test_an_interview_s_answers_are_the_title_speaker_s_known_by_a_surname_alone():
    text = ("Entretien réalisé lundi à Paris.Q: Comment vivez-vous la situation ? R: « Je la vis très mal. "
            "Le gouvernement ne fait rien. »Q: Et après ? R: « Un plaisir énorme de retourner au travail. »")
    article = Article(text=text, title="Le monde d'après : Vidalès craint une catastrophe en Amazonie", id="t", lang="fr")
    assert [q.speaker for q in extract_quotes(article) if q.kind == "direct"] == ["Vidalès", "Vidalès"]


@pytest.mark.parametrize("asking, speaker", [
    ("On interroge ensuite Marc Petit sur son titre « Contaminé », à la drôle de résonance.", "Marc Petit"),
    ("La journaliste questionne alors Marc Petit sur ses projets.", "Marc Petit"),
    ("Marc Petit interroge alors Paul Roux sur son livre.", "Paul Roux"),
])
def test_words_with_no_cue_after_a_sentence_asking_a_person_are_that_person_s_answer(asking, speaker):
    text = f"« Le rap n'est qu'un outil », explique Paul Roux, critique musical. {asking} « Je l'ai écrit avant la crise. »"
    assert quotations(text)[-1].speaker == speaker


def test_one_name_asked_and_answering_in_the_first_person_is_a_person_a_pronoun_then_means():
    text = ("« Le rap n'est qu'un outil », explique Paul Roux, critique musical. On interroge ensuite Miossec sur son "
            "titre. « Je l'ai écrit avant la crise. » Il a partagé ses fichiers avec ses fans. « Un producteur m'envoyait "
            "un son », raconte-t-il.")
    assert [(q.speaker, q.speaker_kind) for q in quotations(text)][1:] == [("Miossec", "person"), ("Miossec", "person")]


def test_showing_oneself_critical_of_words_quotes_them_as_the_subject_s():
    text = ("Le sénateur Paul Roux a salué un « acte important ». Fait inhabituel, le sénateur du Maine Marc Petit, "
            "d'ordinaire fervent soutien du président, s'est montré critique envers « un frein pour notre reprise ». "
            "« Ceux qui pensent cela ne comprennent pas l'économie », a-t-il tweeté.")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "Marc Petit", "Marc Petit"]


@pytest.mark.parametrize("kin", ["Sa femme", "Sa fille", "Son frère"])
def test_a_surname_alone_is_not_the_relative_introduced_by_kin_when_it_names_another(kin):
    text = (f"{kin} Eva Morel a indiqué à la radio que le musicien était mort. « Personne n'y croyait », confiait Jean "
            "Morel en 2009. « Miles, disait Morel, pensait que la première prise était la meilleure ».")
    assert [q.speaker for q in quotations(text) if q.kind == "direct"] == ["Jean Morel", "Jean Morel"]


def test_a_surname_alone_is_the_relative_introduced_by_kin_when_it_names_nobody_else():
    text = ("Son mari a été arrêté. Son épouse Eva Morel s'est présentée à sa place. Mme Morel affirme : « Nous "
            "n'avions jamais eu une telle somme. »")
    assert quotations(text)[-1].speaker == "Eva Morel"


@pytest.mark.parametrize("manner", ["avec le sourire", "avec un sourire", "non sans amertume", "avec malice"])
def test_a_manner_phrase_between_the_verb_and_its_inverted_subject_is_no_part_of_the_subject(manner):
    text = f"« On fait des pauses, on boit beaucoup », commente {manner} Karim Benali, un plombier de 34 ans."
    assert quotations(text)[0].speaker == "Karim Benali"


def test_words_repeating_a_sub_heading_glued_to_its_paragraph_are_not_given_the_paragraph_s_first_speaker():
    text = ("La réponse a été jugée « glaciale ». « Le palais de la ville n'appartient pas au maire de la ville »La "
            "résidence n'est ouverte « qu'en de très rares circonstances », a expliqué la mairie. Le député, Paul Roux, "
            "estime qu'elle devrait être ouverte « à tous ». « Le palais de la ville n'appartient pas au maire de la "
            "ville mais à tous ».")
    assert quotations(text)[-1].speaker == "Paul Roux"


def test_a_sub_heading_glued_to_its_paragraph_ends_a_sentence_whose_words_after_are_quoted_on_their_own():
    text = ("« Je parle de son comportement », conclut-elle.« Cette plainte n'a pas lieu d'être »Pour maître Paul Roux, "
            "l'avocat de l'ancien président, cette plainte est « ridicule, dérisoire et outrageante ».")
    assert ("ridicule, dérisoire et outrageante", "Paul Roux") in [(q.quote, q.speaker) for q in quotations(text)]


def test_words_opening_a_sentence_are_those_the_next_sentence_calls_somebody_s_wording():
    text = ("« Une épidémie inédite entraînant un impact sans précédent » pour les hôpitaux. C'est par ces mots que le "
            "professeur Paul Morel a débuté son point quotidien, dimanche.")
    assert quotations(text)[0].speaker == "Paul Morel"


@pytest.mark.parametrize("page", ["en Une", "à la une", "en première page"])
def test_a_front_page_between_the_verb_and_its_inverted_subject_is_no_part_of_the_subject(page):
    text = f"Le patron a été arrêté. « Nous nous battrons », proclame {page} le Daily Courier mardi, une promesse écrite."
    assert quotations(text)[0].speaker == "Daily Courier"


def test_a_name_set_off_by_commas_after_an_opening_adverbial_is_the_subject_of_the_verb_after_it():
    text = ("Sur Facebook, le prince Paul Morel, a annoncé la nouvelle : « J'ai la tristesse de vous annoncer le décès "
            "de mon père. »")
    assert quotations(text)[0].speaker == "Paul Morel"


@pytest.mark.parametrize("after", ["", ", fait savoir le quotidien", ", rapporte le quotidien"])
def test_a_narrative_infinitive_with_no_subject_goes_on_with_the_last_speaker(after):
    text = (f"Paul Roux a refusé les interviews. « Les journalistes, j'en veux pas », a-t-il lâché. Et d'ajouter : « Je "
            f"me casse »{after}.")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "Paul Roux"]


def test_a_narrative_infinitive_with_no_subject_quotes_the_last_speaker_s_words_after_it():
    text = ("« C'est une bonne nouvelle », a déclaré Marie Morel, directrice du bureau. Et d'inciter les gouvernements "
            "« à s'assurer que les personnes qui en ont besoin soient aidées ».")
    assert [q.speaker for q in quotations(text)] == ["Marie Morel", "Marie Morel"]


@pytest.mark.parametrize("asked, speaker", [
    ("rappelle le journal, qui a interrogé un officier de la police aux frontières (PAF) : « En pareil cas, cela "
     "clignote tout de suite. »", "un officier de la police aux frontières"),
    ("rappelle le juge, qui a interrogé Paul Roux : « Pourquoi êtes-vous parti ? »", "le juge"),
])
def test_words_after_a_colon_closing_an_asking_verb_s_object_are_that_person_s_answer(asked, speaker):
    text = f"« Un mandat entraîne l'inscription au fichier », {asked}"
    assert quotations(text)[-1].speaker == speaker


def test_a_pronoun_looks_past_a_short_fragment_with_no_verb_to_the_subject_before_it():
    text = ("Comme le révèle le journal local, le blogueur a fait la connaissance de plusieurs individus. Le début du "
            "calvaire... « C'était en réalité un traquenard, confie-t-il. Ils étaient huit. »")
    assert quotations(text)[0].speaker == "le blogueur"


def test_a_preposition_s_object_heading_a_relative_clause_does_not_take_the_floor_from_the_speaker():
    text = ("« C'est l'ultime recours », a déclaré Marie Morel, juriste auprès de Me Paul Roux qui assure la défense de "
            "l'accusé. « Cette maison reste une cabane dans les arbres ».")
    assert [q.speaker for q in quotations(text)] == ["Marie Morel", "Marie Morel"]


def test_a_body_s_name_holding_an_article_after_a_role_is_no_person_s_name():
    text = ("Eva Morel a accordé un entretien à la radio. Interrogée sur les annonces, la candidate Europe Ecologie Les "
            "Verts à l'élection de 2012 se montre enthousiaste : « Pour la première fois, on touche au cœur du problème »,"
            " a-t-elle déclaré.")
    assert quotations(text)[0].speaker == "Eva Morel"


def test_a_pronoun_heading_a_relative_clause_with_its_own_speech_verb_is_the_subject_of_the_cue_after():
    text = ("La ministre Marie Morel a parlé. Celle qui assure bénéficier de « soutiens » pour la mise en oeuvre de sa "
            "réforme conclut : « Pour moi il est tout à fait essentiel que l'accueil du justiciable soit assuré ».")
    assert quotations(text)[-1].speaker == "Marie Morel"


def test_a_verb_that_speaks_only_inverted_speaks_before_a_quotation_after_a_person_s_relative_pronoun():
    text = "Le livre est sorti. Le journaliste qui poursuit « Voyager à côté d'elle, c'est l'assurance d'arriver en retard »."
    assert quotations(text)[-1].speaker == "le journaliste"
    text = "La voiture présentée au salon se nomme Akula, un nom qui signifie « requin » en russe."
    assert all(q.speaker is None for q in quotations(text))


@pytest.mark.parametrize("after", ["Propos élogieux tenus par Eva Morel lors d'un entretien.",
                                   "Ces propos ont été tenus par Eva Morel lors d'un entretien."])
def test_a_quotation_is_the_words_of_the_agent_the_next_sentence_gives_its_noun_of_speech(after):
    text = f"« François Ruet pourrait être le meilleur garde des Sceaux ». {after}"
    assert quotations(text)[0].speaker == "Eva Morel"


@pytest.mark.parametrize("document", ["le texte signé par", "le texte du Courrier signé par"])
def test_a_document_signed_by_somebody_is_the_signatory_s_words(document):
    text = f"« Notre priorité tient en un mot : respect », demande {document} la journaliste Marie Morel."
    assert quotations(text)[0].speaker == "Marie Morel"


def test_a_pronoun_opening_the_sentence_is_no_first_name_of_a_relative_clause_s_antecedent():
    text = "Il veut aller auprès du public qui se dit « l'opéra, ce n'est pas pour moi »."
    assert quotations(text)[0].speaker == "le public"


def test_a_subject_inverted_after_que_does_not_take_the_floor_from_the_sentence_s_subject():
    text = ("Paul Roux était l'invité de la radio. « Ça n'est pas une surprise ». Paul Roux réagit à l'annonce que fera "
            "le Premier ministre Marc Petit en fin d'après-midi. « J'ai appris ça dans la voiture, ce matin ».")
    assert [q.speaker for q in quotations(text)] == ["Paul Roux", "Paul Roux"]


@pytest.mark.parametrize("one", ["l'un d'eux", "L'un d'entre eux"])
def test_one_of_a_group_named_by_a_stressed_pronoun_is_the_subject_not_the_pronoun(one):
    text = f"Ils ont été rattrapés. À la radio, {one} explique son geste et assume : « J'ai joué et j'ai perdu. »"
    assert quotations(text)[0].speaker == one[:1].lower() + one[1:]


@pytest.mark.parametrize("clause", ["Il partage la colère de ", "Elle comprend donc parfaitement la colère d'"])
def test_a_relative_s_antecedent_is_the_object_of_a_subject_pronoun_s_clause_not_the_clause(clause):
    text = (f"Paul Martin est sévère. {clause}Éric Dupont, qui a lancé en conseil : « Ce qui me remonte, c'est du "
            "pipi de chat ! »")
    assert quotations(text)[0].speaker == "Éric Dupont"


@pytest.mark.parametrize("name", ["Marc Vidal & Les Pies Grises", "Orion : La Dernière Mission"])
def test_a_name_or_title_is_no_quotation_for_the_signs_between_its_words(name):
    text = (f"La mairie dirigée par Paul Dumas a demandé d'ajouter une clause au contrat du groupe nantais « {name} », "
            "stipulant que les artistes s'engagent à la neutralité.")
    assert quotations(text) == []


@pytest.mark.parametrize("adjective", ["court", "nouveau"])
def test_a_document_noun_after_an_adjective_is_no_participle_ending_the_phrase(adjective):
    text = f"« Le ministre a remis sa démission », indique un {adjective} communiqué de la présidence."
    assert quotations(text)[0].speaker == "la présidence"


def test_the_words_of_somebody_are_theirs():
    text = "Ils ont promis d'être « irréprochables », selon les mots de Paul Morin."
    assert quotations(text)[0].speaker == "Paul Morin"


def test_a_quotation_opening_the_article_is_the_next_sentence_s_subject_described_by_an_acronym():
    text = ("« La grève illimitée est derrière nous ». La PDG de la RATP est revenue dans un entretien accordé au "
            "Parisien sur le mouvement social.")
    assert quotations(text)[0].speaker == "la PDG de la RATP"


@pytest.mark.parametrize("text, speakers", [
    # a few words glued to the next quotation, whose speaker says them again
    ("Des policiers fouillaient les maisons.« Levée de doutes »« Il s'agit d'une levée de doutes », a déclaré le "
     "ministre Paul Roux.", ["Paul Roux", "Paul Roux"]),
    # after a dash, glued to the paragraph's first word; the words said further on
    ("La pauvreté explose.- « Faire la manche »Selon une ONG, la crise s'aggrave. « Je dois faire la manche », "
     "raconte Marc Djanga.", ["Marc Djanga", "Marc Djanga"]),
])
def test_a_few_quoted_words_glued_to_the_paragraph_they_top_are_a_sub_heading(text, speakers):
    assert [(q.speaker, q.kind) for q in quotations(text)] == [(s, "direct") for s in speakers]


def test_words_glued_to_the_next_paragraph_ending_on_a_colon_are_no_sub_heading():
    text = "« Ce sera difficile », dit Marc Dupont.« Je leur ai dit plusieurs fois : »Le public n'a pas réagi."
    assert quotations(text)[1].speaker == "Marc Dupont"


@pytest.mark.parametrize("text, speaker", [
    # the clause a subordinator opens ends at the colon: its subject speaks
    ("Paul Girard était de retour dans l'hémicycle lorsque le préfet Marc Lallier lui a adressé son soutien : "
     "« Je veux saluer l'homme ».", "Marc Lallier"),
    # unless it cannot speak: the main clause's subject does
    ("Paul Girard était furieux quand les résultats sont tombés : « C'est une honte ».", "Paul Girard"),
])
def test_a_colon_ending_a_subordinate_clause_frames_that_clause_s_subject(text, speaker):
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("work", ["The Voice", "El Reporte"])
def test_a_name_opening_on_another_language_s_article_is_no_person(work):
    text = (f"« J'ai pris la décision de quitter cette aventure », a annoncé la chanteuse. L'émission {work} a "
            "confirmé son départ.")
    article = Article(text=text, lang="fr", title=f"Lina quitte {work}")
    assert [q.speaker for q in extract_quotes(article)] == ["la chanteuse"]


def test_a_point_between_a_number_s_digits_does_not_end_the_speaker_s_phrase():
    text = "« Tout fonctionnait parfaitement », a assuré le maire de cette commune de 1.000 habitants, Paul Maussier."
    assert quotations(text)[0].speaker == "Paul Maussier"


def test_a_capitalised_run_holding_a_body_s_noun_names_no_person_a_later_description_may_mean():
    text = ("C'était « un abruti », se rappelle le professeur de la Southern Kung Fu Association du Minnesota. Pour Paul "
            "Mercier, expert, tout était écrit. « Il est très difficile d'imaginer une telle violence », analyse le "
            "professeur émérite de l'université du Minnesota.")
    assert quotations(text)[1].speaker == "le professeur émérite de l'université du Minnesota"


@pytest.mark.parametrize("lead, speaker", [("Ainsi Paul Martin a accompagné", "Paul Martin"),
                                           ("La chanteuse Lina Roy a signé", "Lina Roy")])
def test_words_a_possessive_s_noun_of_speech_brings_in_are_the_clause_subject_s(lead, speaker):
    text = f"Marc Dupont a parlé. {lead} son message « Marc, je suis ton ami », d'une vidéo."
    assert quotations(text)[0].speaker == speaker


@pytest.mark.parametrize("described", ["président de Kick It Out qui lutte contre les discriminations",
                                       "directeur du théâtre, dont Marc Bodoin avait été un pensionnaire célèbre"])
def test_a_pronoun_going_on_means_who_spoke_not_a_name_in_their_description(described):
    text = (f"« C'était un grand chansonnier », a témoigné Paul Mailhot, {described}. « Il avait cette singularité "
            "de camper des personnages », a-t-il ajouté.")
    assert [q.speaker for q in quotations(text)] == ["Paul Mailhot", "Paul Mailhot"]


@pytest.mark.parametrize("voice", ["par la voix de son porte-parole Paul Roux", "à travers la voix de Paul Roux"])
def test_a_body_speaking_through_somebody_s_voice_gives_them_the_words(voice):
    text = f"Le gouvernement, {voice}, a rapidement clarifié sa position : « il n'est pas question de revenir »."
    assert quotations(text)[0].speaker == "Paul Roux"


def test_a_colon_after_a_relaying_clause_frames_the_main_clause_s_subject():
    text = ("Mme Wargon se défend d'avoir été « lobbyiste en chef » comme le soutient Libération : « C'est un terme "
            "que je n'emploie pas. »")
    assert [q.speaker for q in quotations(text)] == ["Libération", "Wargon"]


def test_a_medium_s_name_ends_before_a_possessive_description_after_the_verb():
    text = ("« Des pompiers ont été appelés pour un accident », a indiqué à l'Agence France-Presse leur porte-parole "
            "Marc Lointier.")
    assert quotations(text)[0].speaker == "Marc Lointier"


@pytest.mark.parametrize("role", ["le secrétaire d'État chargé du Numérique", "l'adjointe au maire chargée du logement,"])
def test_a_role_s_charge_belongs_to_the_role_phrase_that_the_name_completes(role):
    text = f"« Cette cagnotte est indigne », a tweeté lundi soir {role} Marie Mahjoubi."
    assert quotations(text)[0].speaker == "Marie Mahjoubi"


@pytest.mark.parametrize("ago", ["il y a quelques semaines au Figaro,", "il y a un an"])
def test_a_time_ago_after_the_verb_is_no_inverted_pronoun(ago):
    text = f"« Les trois candidats sont prêts », expliquait {ago} un membre du gouvernement britannique."
    assert quotations(text)[0].speaker == "un membre du gouvernement britannique"


def test_the_subject_after_the_verb_of_what_was_said_is_who_a_pronoun_means_next():
    text = ("Le chanteur Paul Arnal est hospitalisé depuis juin. C'est ce qu'a révélé la femme du chanteur sur sa page "
            "Facebook. « Il revient vers nous », a-t-elle écrit.")
    assert quotations(text)[0].speaker == "la femme du chanteur"


def test_the_subject_after_the_verb_of_what_was_said_speaks_the_words_a_colon_opens():
    text = ("Le patron du groupe, Marc Delval, y croit. Ce que confirmait Simon Arbet, directeur commercial, dans les "
            "colonnes du Monde : « Il y a un marché pour ces voitures. »")
    assert quotations(text)[0].speaker == "Simon Arbet"


@pytest.mark.parametrize("subject", ["Le porte-parole de la police, le commandant Paul Arnal,",
                                     "Fin août, le chef d'état-major des armées, le général Paul Arnal,"])
def test_a_title_and_name_apposed_to_a_role_before_the_verb_name_the_speaker(subject):
    text = f"Le président Marc Durand a parlé. {subject} a déclaré : « Tout va bien. »"
    assert quotations(text)[0].speaker == "Paul Arnal"


@pytest.mark.parametrize("medium", ["dans le Journal du Dimanche", "dans le Journal du Dimanche (JDD)"])
def test_a_medium_s_name_goes_on_past_its_contracted_article_and_a_capitalised_day(medium):
    text = f"« Ma vie a basculé », confie aujourd'hui {medium} le garde du corps Paul Arnal."
    assert quotations(text)[0].mention == "le garde du corps Paul Arnal"


def test_a_pronoun_opens_the_subject_after_a_medium_s_name():
    text = ("Il y a deux ans, Paul Arnal avait parlé. « Je ne veux pas devenir un vieux chanteur », avait déclaré à "
            "France Dimanche celui qui serait devenu écrivain s'il avait eu le choix.")
    assert quotations(text)[0].mention == "celui qui"


def test_a_time_after_the_adjunct_of_an_incise_inside_the_quotation_does_not_count_towards_its_length():
    text = ("« Les gens mentent parfois au téléphone, assure le caporal Paul Arnal au micro de la radio ce lundi 4 "
            "février. Le plus courant, ce sont des malaises simulés. »")
    assert quotations(text)[0].speaker == "Paul Arnal"


def test_an_acronym_after_a_role_opens_a_body_s_name_not_a_person_s():
    text = ("Le maire PS de Lyon est convaincu que le ministre est capable. Gérard Collomb a parlé. « Quelqu'un comme "
            "lui fait éclater le paysage », a déclaré l'élu.")
    assert quotations(text)[0].speaker == "Gérard Collomb"


def test_an_adjunct_phrase_after_the_inverted_subject_is_no_complement_of_its_noun():
    text = ("Gérard Arnal a parlé mercredi. « Quelqu'un comme lui fait éclater le paysage », a déclaré l'élu au micro "
            "de Jean-Jacques Bourdin.")
    assert quotations(text)[0].speaker == "Gérard Arnal"


def test_the_words_after_selon_x_are_those_after_a_relative_clause_on_x():
    text = "Un caïman a été vu. Selon Le Courrier, qui a révélé l'information ce mardi, l'animal était caché dans un fourré."
    (reported,) = quotations(text, ("indirect",))
    assert (reported.quote, reported.speaker) == ("l'animal était caché dans un fourré", "Le Courrier")


def test_a_time_word_after_a_contracted_article_belongs_to_the_noun_phrase():
    text = "« Les conseillers explosent », confie un visiteur du soir du président."
    assert quotations(text)[0].speaker == "un visiteur du soir du président"


def test_a_place_after_the_bracketed_acronym_of_a_role_s_body_comes_before_the_name_apposed():
    text = "« Cela donne des résultats », souligne le représentant de l'Organisation mondiale de la santé (OMS) à Cuba, José Moya."
    assert quotations(text)[0].speaker == "José Moya"


def test_an_indefinite_description_goes_on_through_its_participle_s_complement():
    text = "« Cet avantage fait partie du contrat », explique une source impliquée dans le dossier au quotidien."
    assert quotations(text)[0].speaker == "une source impliquée dans le dossier"


@pytest.mark.parametrize("label", ["RÉPONSE", "REPONSE"])
def test_an_answer_label_in_capitals_with_or_without_its_accent_gives_the_interviewee_s_words(label):
    text = f"Le chanteur Paul Arnal répond à nos questions. QUESTION: Comment allez-vous ?{label}: « Très bien, merci. »"
    assert quotations(text)[0].speaker == "Paul Arnal"


def test_an_interview_s_answers_are_the_title_s_source_when_no_name_says_whose():
    text = ("QUESTION: Les hôpitaux peuvent-ils tenir ?REPONSE: « D'après nos équipes, la situation est stable. » "
            "Q: Quels sont les besoins ?R: « Des médicaments. »")
    title = "Beyrouth : une crise « similaire » à la guerre, selon le président de l'ONG"
    speakers = [q.speaker for q in extract_quotes(Article(text=text, title=title, lang="fr"))]
    assert speakers == ["le président de l'ONG", "le président de l'ONG"]


@pytest.mark.parametrize("adverb", ["Soudainement", "Brusquement", "Heureusement"])
def test_a_manner_adverb_opening_a_sentence_is_no_pronoun_s_antecedent(adverb):
    text = f"{adverb}, des étincelles jaillissent de sa poche. « J'ai eu peur », a-t-il raconté au quotidien local."
    assert quotations(text)[0].speaker is None


@pytest.mark.parametrize("manner", ["d'un revers de la main dimanche", "d'une voix douce", "d'un ton résolument positif"])
def test_an_adjunct_of_manner_between_the_verb_and_its_inverted_subject_is_skipped(manner):
    text = f"« Il n'y a aucun problème », a balayé {manner} le ministre Paul Dumont, à la radio."
    assert quotations(text)[0].speaker == "Paul Dumont"


@pytest.mark.parametrize("members", ["beaucoup au sein de LR", "certains au sein du parti"])
def test_an_indefinite_plural_subject_inside_a_body_is_its_members_not_the_body(members):
    text = (f"Nicolas Sarkozy est venu. Alors que {members} dénoncent sa « trahison », il tempère : "
            "« On ne peut pas refuser », assure-t-il.")
    assert [q.speaker for q in quotations(text)] == [members, "Nicolas Sarkozy"]


def test_a_dj_is_a_role_a_description_points_back_with():
    text = "Bob Sinclar s'ennuie depuis le confinement. « Je m'ennuie », explique le DJ parisien."
    quote = quotations(text)[0]
    assert (quote.speaker, quote.speaker_kind) == ("Bob Sinclar", "person")


@pytest.mark.parametrize("noun", ["le parc", "le musée", "le festival"])
def test_a_park_a_museum_or_a_festival_that_speaks_is_a_body_with_no_gender(noun):
    quote = quotations(f"« Nous limitons le public dès demain », a annoncé {noun} dimanche.")[0]
    assert (quote.speaker, quote.speaker_kind, quote.speaker_gender) == (noun, "organisation", None)


def test_after_an_according_phrase_a_clause_with_its_own_speech_verb_gives_the_words_to_its_subject():
    text = ("Selon un participant cité par le journal, le président aurait évoqué une « élection anticipée ». "
            "« Je suis sûr de gagner », aurait-il assuré.")
    assert [q.speaker for q in quotations(text)] == ["le président", "le président"]


def test_after_an_according_phrase_an_impersonal_subject_leaves_the_words_to_the_source():
    text = "Selon le ministre Paul Dumont, on a parlé de « coopération exemplaire »."
    assert quotations(text)[0].speaker == "Paul Dumont"


def test_adresser_is_a_speech_verb_whose_incise_a_relaying_medium_follows():
    text = "Jean Dupont est venu. « Nous partageons votre peine », a-t-il adressé aux deux fils, relate Le Parisien."
    assert quotations(text)[0].speaker == "Jean Dupont"


def test_a_sub_heading_glued_to_an_indirect_speaker_is_cut_off_and_no_later_pronoun_means_it():
    text = ("La ministre Élisabeth Borne a parlé. La ministre annonce un « bureau d'enquête ».Exercices d'urgenceLe plan "
            "d'action prévoit aussi des mesures que les industriels devront appliquer. Alors que la liste avait mis du "
            "temps, « nous allons changer la réglementation », ajoute-t-elle.")
    reported, said = quotations(text, ("indirect", "direct"))
    assert (reported.mention, said.speaker) == ("Le plan d'action", "Élisabeth Borne")


@pytest.mark.parametrize("name", ["Ketumala", "Jacline Bokassa"])
def test_a_name_nobody_listed_with_an_age_apposed_is_a_person_s_even_at_the_sentence_s_end(name):
    text = f"« Les conservateurs sont partout », soupire {name}, 40 ans.« Je suis déterminée », dit-elle."
    first, second = quotations(text)
    assert (first.speaker, first.speaker_kind, second.speaker, second.speaker_gender) == (name, "person", name, "female")


@pytest.mark.parametrize("work", ["du film", "de la série", "de l'album"])
def test_a_title_after_the_noun_of_a_work_is_nobody_s_name(work):
    text = (f"A l'affiche {work} Love Addict, en salles le 18 avril, le comédien a révélé d'autres projets. "
            "« J'ai envie de créer une série », a-t-il déclaré.")
    article = Article(text=text, title="Kev Adams annonce une nouvelle série", lang="fr")
    assert extract_quotes(article)[0].speaker == "Kev Adams"


def test_a_manner_adverb_opening_an_adverbial_phrase_is_no_pronoun_s_antecedent():
    text = ("Conformément à un arrêté, des camions prenaient en charge les affaires des habitants. "
            "Elle « propose des solutions de relogement ».")
    assert quotations(text)[0].speaker is None


@pytest.mark.parametrize("noun", ["La conclusion", "Le commentaire"])
def test_a_conclusion_or_a_comment_of_a_person_before_a_colon_is_theirs(noun):
    quote = quotations(f"{noun} de Raphaël Glucksmann : « Il faut agir vite ».")[0]
    assert (quote.speaker, quote.speaker_gender) == ("Raphaël Glucksmann", "male")


def test_a_name_nobody_listed_after_de_with_an_apposition_holding_a_group_s_name_in_marks_is_a_person_s():
    text = ("Plusieurs figures se sont prononcées pour une trêve. C'est le cas notamment de Jacline Mouraud, militante "
            "de la première heure et porte-parole des « gilets jaunes libres ». « Il est temps d'arrêter », a-t-elle "
            "déclaré sur RTL.")
    assert quotations(text)[0].speaker == "Jacline Mouraud"


def test_one_of_a_group_is_of_its_pronoun_s_gender_and_no_later_pronoun_of_the_other_means_them():
    text = ("Penelope Fillon a été entendue. « Elle travaillait beaucoup », raconte l'un de ses proches. "
            "« Je m'occupais du courrier », a-t-elle développé.")
    close, herself = quotations(text)
    assert (close.speaker_gender, herself.speaker) == ("male", "Penelope Fillon")


@pytest.mark.parametrize("subject, speaker", [
    ("le président des députés La République en marche", "le président des députés La République en marche"),
    ("la députée La République en marche (LREM) du Val-d'Oise, Jeanne Dupont", "Jeanne Dupont"),
    ("le président de Debout La France Paul Durand", "Paul Durand"),
])
def test_a_body_s_name_that_goes_on_in_lower_case_is_read_whole_and_is_no_surname(subject, speaker):
    assert quotations(f"« Tous les Français doivent agir », a poursuivi {subject}.")[0].speaker == speaker


def test_after_an_according_phrase_a_participle_apposed_to_a_name_leaves_the_words_to_the_source():
    text = "Selon un député, ces manœuvres sont chapeautées par Paul Durand, décrit comme « maître d'oeuvre »."
    assert quotations(text)[0].speaker == "un député"
