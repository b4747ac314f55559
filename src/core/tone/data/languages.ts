/**
 * Function words by language, for the "does this draft read as English?" check (language.ts).
 * Each list holds short, frequent words of one language (articles, pronouns, prepositions,
 * conjunctions, auxiliaries, negation, common adverbs) in lowercase as tokenize-like splitting
 * yields them, with straight apostrophes.
 *
 * A word that is also common in English text is left out of every other language's list (for
 * example "a", "in", "me", "no", "die", "was", "will", "also", "come", "son", "per"): English
 * drafts are full of them, and one of them must never count against English. Several languages
 * may share a word ("de", "la", "que"): each language is scored on its own, so sharing only helps
 * the languages that share it. The unit test checks every list (lowercase, no duplicates, no word
 * of the English list in another one) and the whole table against the English texts of the
 * development and business files.
 */

export interface LanguageWords {
  /** ISO 639-1 code. */
  lang: string;
  name: string;
  source: string;
  words: readonly string[];
}

const split = (s: string): string[] => s.trim().split(/\s+/);

const OWN = (name: string): string => `own: common ${name} function words (grammar knowledge), English look-alikes removed`;

export const ENGLISH_WORDS: LanguageWords = {
  lang: 'en',
  name: 'English',
  source: 'own: common English function words and very frequent short words, with informal chat spellings (u, ur, im, dont)',
  words: split(`
    the and or but if then by with from into onto about after before up out off down through until since than because
    while though although whether against between without within were be been being have has having does did done
    would can could should shall may might must not nor yes yeah yep ok okay please thanks thank sorry hi hello hey i
    mine myself you your yours yourself him his she hers it its itself us our ours they them their this that these
    those there here what which who whom whose when where why how all any both each every few more most other some
    such only own same too very just even still again now never always really well much many one get got let like
    know think want need make sure i'm i've i'll i'd you're you've you'll you'd he's she's it's we're we've we'll
    we'd they're they've they'll that's there's what's let's don't doesn't didn't can't couldn't won't wouldn't
    shouldn't isn't aren't wasn't weren't haven't hasn't hadn't c'mon ur im ive dont doesnt didnt cant wont isnt
    thats whats gonna wanna lol pls plz thx omg idk`),
};

/**
 * Elided forms: a word written with an apostrophe after one of these ("l'équipe", "qu'il",
 * "dell'ordine") counts as a function word of that language.
 */
export const ELISIONS: Readonly<Record<string, readonly string[]>> = {
  fr: ["l'", "d'", "qu'", "j'", "c'", "s'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'"],
  it: ["l'", "dell'", "all'", "nell'", "dall'", "sull'", "un'", "c'", "quest'", "quell'"],
};

/**
 * Words that are frequent in English and are also function words of other languages ("a" in
 * Spanish, Italian and Portuguese, "in" in German and Dutch, "no" in Spanish and Italian, "is",
 * "was", "we" and "u" in Dutch, "to" in Polish, "her" in Danish and Turkish, "for" and "at" in
 * Danish and Norwegian): they say nothing either way and count for no language.
 */
export const SHARED_WORDS: LanguageWords = {
  lang: '*',
  name: 'shared by English and other languages',
  source: 'own: English function words that are also function words of the languages below (grammar knowledge)',
  words: split(`
    a an in on at of to for as so do is am are was had will also me my he her we u no over under`),
};

export const OTHER_WORDS: readonly LanguageWords[] = [
  {
    lang: 'fr',
    name: 'French',
    source: OWN('French'),
    words: split(`
      le la les un une des du au aux à et ou mais donc ni ce cet cette ces ma mes tes sa ses notre nos votre vos leur
      leurs je tu il elle nous vous ils elles lui eux moi toi se qui que quoi où est sont était étaient être avoir
      avez avons ont été fait faire suis sommes êtes sera serait peut pouvez pas ne très bien aussi avec dans sur
      sous chez sans par entre vers depuis comme ça cela ceci c'est n'est j'ai qu'il qu'on d'un d'une l'on s'il
      vraiment toujours jamais rien tout tous toute toutes merci bonjour madame monsieur oui non déjà même alors
      parce quand avant après ici là en`),
  },
  {
    lang: 'de',
    name: 'German',
    source: OWN('German'),
    words: split(`
      der das den dem des ein eine einen einem einer eines und oder aber denn sondern ich du er sie es wir ihr mich
      dich sich uns euch mir dir ihm ihnen mein meine dein deine sein seine unser unsere euer ihre ist sind waren
      bist haben habe hatte hatten wird werden wurde wurden kann können konnte muss müssen soll sollen wollen nicht
      kein keine keinen nichts nie noch schon sehr auch nur immer wieder jetzt hier dort mit für von zu bei nach aus
      auf über unter durch gegen ohne vor zwischen seit bis dass daß wenn weil ob als wie wo wer warum dann doch ja
      nein bitte danke vielen dank herr frau ganz gar etwas viel mehr einfach leider zum zur vom ins beim`),
  },
  {
    lang: 'es',
    name: 'Spanish',
    source: OWN('Spanish'),
    words: split(`
      el la los las un una unos unas pero ni que de del en por para sobre entre hasta desde hacia yo tú él nosotros
      vosotros ellos ellas usted ustedes le les lo se nos mi mis tu tus su sus nuestro nuestra es está están estaba
      fue ser estar hay han hemos tiene tienen tengo puede pueden hace hacer sido muy más también siempre nunca todos
      toda todas esto eso este esta estos esas ese aquí allí cuando donde dónde cómo qué porque pues si sí gracias
      hola señor señora bien mal aún todavía después antes cuál quién así`),
  },
  {
    lang: 'it',
    name: 'Italian',
    source: OWN('Italian'),
    words: split(`
      il lo la gli le un uno una di del della dei delle dello degli dal dalla nel nella nei negli sul sulla tra fra e
      ma però che chi cui non più molto anche già ancora sempre mai niente nulla tutto tutti io tu lui lei noi voi
      loro mi ti ci vi si mio miei mie tuo tua suo sua nostro nostra vostro vostra è sono erano essere avere abbiamo
      avete hanno stato stata fatto può possono deve questo questa questi queste quello quella quelli qui qua là
      quando dove perché cosa se sì grazie buongiorno signor signora allora quindi dopo prima poi proprio davvero
      bene ecco`),
  },
  {
    lang: 'pt',
    name: 'Portuguese',
    source: OWN('Portuguese'),
    words: split(`
      uma uns umas e ou mas nem que de da dos das nos ao aos à às pelo pela pelos pelas por para sem sobre entre até
      desde tu ele ela nós vós eles elas você vocês lhe lhes se meu minha meus minhas seu sua seus suas nosso nossa é
      são está estão estava foi ser estar há tem têm tenho pode podem fazer feito muito mais também já sempre nunca
      tudo todos toda todas isso isto este esta esse essa aqui quando onde como porque porquê não obrigado obrigada
      olá senhor senhora bem mal ainda depois antes então agora mesmo`),
  },
  {
    lang: 'nl',
    name: 'Dutch',
    source: OWN('Dutch'),
    words: split(`
      de het een en uw maar dus ik jij je hij zij ze wij jullie mij mijn jouw jou haar ons onze zich dit dat deze
      zijn waren heb hebt heeft hebben hadden wordt worden werd kan kunnen kon moet moeten zal zullen wil willen niet
      geen niets nooit nog ook erg zeer voor naar bij uit aan onder tegen zonder om sinds als wanneer waar wat wie
      waarom toch ja nee alstublieft alsjeblieft dank bedankt meneer mevrouw hier daar nu weer altijd echt gewoon`),
  },
  {
    lang: 'pl',
    name: 'Polish',
    source: OWN('Polish'),
    words: split(`
      z nie się że jest są był była było byli jak lub czy kto gdzie kiedy dlaczego ja ona ono wy oni mnie mi ciebie
      cię tobie mu jej ich nam wam mój moja moje twój twoja pani państwo te tego tej tym tych od przez przy dla bez
      nad za przed już jeszcze bardzo tylko też także zawsze nigdy nic wszystko tak dziękuję dzień dobry proszę może
      można mamy ma mają będzie będą został została zostało jestem jesteśmy więc jednak oraz tutaj teraz`),
  },
  {
    lang: 'sv',
    name: 'Swedish',
    source: OWN('Swedish'),
    words: split(`
      och att det som en ett de är har hade inte jag du vi ni mig sig oss mina ditt dina hennes vår vårt våra deras
      för på av från om hos utan genom efter över vid när där här vad vem varför hur eller så också bara mycket mer
      redan aldrig alltid ingen inget inga kan kunde ska skulle vill måste blir blev varit tack hej ja nej nu sedan`),
  },
  {
    lang: 'da',
    name: 'Danish and Norwegian',
    source: OWN('Danish and Norwegian'),
    words: split(`
      og det som en et de har havde hadde ikke jeg du vi dere mig deg sig seg oss hendes hennes vores vår vårt på av
      fra om hos uden uten efter etter ved når hvor hva hvad hvem hvorfor hvordan eller så også meget mye mer
      allerede aldri aldrig altid alltid ingen intet ikkje kan kunne skal skulle vil må blir blev ble været vært tak
      takk hej hei ja nei nej nu nå`),
  },
  {
    lang: 'tr',
    name: 'Turkish',
    source: OWN('Turkish'),
    words: split(`
      ve veya ile için bu şu bir çok daha en fakat ancak çünkü ki de sen siz onlar bana sana bizi sizi beni seni
      benim senin bizim sizin onun onların değil yok mı mi mu mü ne neden nasıl nerede zaman gibi kadar sonra önce
      şimdi hiç hep artık lütfen teşekkür teşekkürler merhaba evet hayır olarak olan oldu olur olduğu bey hanım tamam
      sadece ise`),
  },
  {
    lang: 'cs',
    name: 'Czech and Slovak',
    source: OWN('Czech and Slovak'),
    words: split(`
      je se že ve z ze ke od při bez nad za před jsem jsi jsme jste jsou byl byla bylo byli není nejsou nebo jak kde
      kdy proč kdo tak také už ještě velmi vždy nikdy nic všechno děkuji děkujem dobrý prosím já ona vy oni mě mi tě
      ti vám nám váš vaše náš naše tento tato toto tady teď může můžete bude budou má mají`),
  },
  {
    lang: 'ro',
    name: 'Romanian',
    source: OWN('Romanian'),
    words: split(`
      și sau dar că ce cu de la în pentru fără despre între până este sunt fost fi avem aveți tu noi voi ei ele mă te
      se ne vă îi le lor meu mea mei tău său sa nostru nostră acest această acesta aceasta aici acum când unde cine
      foarte mai încă deja niciodată nimic toate mulțumesc mulțumim bună ziua rog domnule doamnă nu poate puteți`),
  },
  {
    lang: 'id',
    name: 'Indonesian and Malay',
    source: OWN('Indonesian and Malay'),
    words: split(`
      atau tetapi tapi yang di ke dari untuk dengan pada dalam oleh tidak tak bukan belum sudah akan sedang ini itu
      saya aku kamu anda dia kami kita mereka ada adalah juga sangat lebih hanya saja sekali apa siapa kapan mengapa
      kenapa bagaimana karena jika kalau terima kasih selamat mohon maaf bapak ibu sini sana bisa dapat harus mau sih
      dong lagi`),
  },
  {
    lang: 'vi',
    name: 'Vietnamese',
    source: OWN('Vietnamese'),
    words: split(`
      và hoặc nhưng của cho với trong là có không được đã đang sẽ này đó tôi bạn anh chị chúng họ mình rất cũng chỉ
      nữa rồi thì mà vì nếu khi ở đến từ về cảm ơn xin chào vui lòng những các một người làm`),
  },
  {
    lang: 'fi',
    name: 'Finnish',
    source: OWN('Finnish'),
    words: split(`
      ja tai mutta että kun jos koska ovat oli olivat ole ei en et emme ette eivät minä sinä hän te minun sinun hänen
      meidän teidän heidän tämä tuo se nämä ne mitä mikä kuka missä miksi miten myös vain vielä aina koskaan paljon
      kiitos hei kyllä nyt sitten voi voit voitte pitää`),
  },
  {
    lang: 'hu',
    name: 'Hungarian',
    source: OWN('Hungarian'),
    words: split(`
      és vagy de hogy nem egy az ez azt ezt volt lesz vannak voltak én te ő mi ti ők engem téged minket nektek nekem
      neked neki nagyon csak már még mindig soha semmi minden köszönöm köszönjük kérem jó napot igen mert amikor hol
      miért hogyan ki itt ott akkor pedig sem`),
  },
];
