/**
 * Reply templates as data. A topic is detected by its patterns (RegExp sources, case-insensitive);
 * each carries acknowledgment and next-step sentences (one is picked, seeded by the message, so
 * the same message always gets the same reply). Written in our own words.
 *
 * Each topic says what it is for (a comment above it) and carries examples in our own words: `hits`
 * are messages it must be found in, `misses` near messages that must not get it (usually because a
 * neighbouring topic answers them). A unit test runs every example through detectTopics().
 */

export type TopicId =
  | 'late-delivery'
  | 'lost-parcel'
  | 'overdue-work'
  | 'damaged-item'
  | 'wrong-item'
  | 'wrong-dish'
  | 'food-missing'
  | 'custom-order'
  | 'food'
  | 'missing-item'
  | 'rude-staff'
  | 'billing'
  | 'refund'
  | 'wait-time'
  | 'quality'
  | 'cancellation'
  | 'we-cancelled'
  | 'noise'
  | 'treatment-result'
  | 'lost-item'
  | 'no-show'
  | 'property-damage'
  | 'vehicle-damage'
  | 'repair-failed'
  | 'pet-injury'
  | 'injury'
  | 'communication'
  | 'not-informed'
  | 'cleanliness'
  | 'price'
  | 'website'
  | 'app'
  | 'facilities'
  | 'worn-fittings'
  | 'account'
  | 'mould'
  | 'booking-mixup'
  | 'refund-refused'
  | 'connection'
  | 'unfinished-job'
  | 'charged-after-cancel'
  | 'disputed-fine'
  | 'we-changed'
  | 'made-to-fit'
  | 'overran'
  | 'menu'
  | 'assembly'
  | 'poor-work'
  | 'medicine-late'
  | 'data-loss'
  | 'sync'
  | 'battery'
  | 'performance'
  | 'ads'
  | 'allergy'
  | 'express-fee'
  | 'room-not-as-booked'
  | 'treatment-pain'
  | 'outage'
  | 'return-refused'
  | 'sizing'
  | 'return-cost'
  | 'replacement-coming';

/**
 * The kind of promise a topic's next step makes. Two topics of one kind in a reply share one step that names
 * both (MERGED_STEPS), so the reply never promises to look into something, or to refund something, twice.
 */
export type StepKind = 'look-into' | 'money' | 'put-right' | 'send' | 'repair' | 'damage' | 'trace' | 'tech' | 'call' | 'status' | 'store';

/** A topic's sentences in their shortest form, said in a reply cut to fit (in place of the shortest of its lists). */
export interface ShortForms {
  acknowledge?: string;
  publicNextStep?: string;
}

export interface TopicTemplate {
  id: TopicId;
  /** Plain-language label, also used in "Regarding …". */
  label: string;
  patterns: readonly string[];
  /**
   * A RegExp source that must match somewhere in the message for the topic to count at all (a pet for
   * "left cuts on his ears", a car for "scratched the door"); checked once per message, so no pattern
   * needs a look-around over the whole text.
   */
  requires?: string;
  /** Messages this topic must be found in, and near ones it must not (checked by a unit test). */
  examples: { hits: readonly string[]; misses: readonly string[] };
  /** Sentences acknowledging this specific problem. */
  acknowledge: readonly string[];
  /**
   * In place of `acknowledge` when the message matches `cue` (a RegExp source): someone other than the writer
   * was affected ("my son came home with a bite mark"), so "How are you doing now?" would ask the wrong person.
   */
  acknowledgeOthers?: { cue: string; acknowledge: readonly string[] };
  /**
   * In place of `acknowledge`, `nextSteps` and `publicNextSteps` when the message matches `cue` (a RegExp source): the
   * same problem somewhere else ("the pizza arrived cold" was delivered, so no "your meal" out or "your next visit").
   */
  variant?: {
    cue: string;
    acknowledge: readonly string[];
    nextSteps: readonly string[];
    publicNextSteps: readonly string[];
    step?: { kind: StepKind; what: string };
    withRefund?: readonly string[];
    request?: boolean;
  };
  /**
   * A plain request, not a complaint ("Please cancel my subscription"): when every topic of a message is one, the
   * reply thanks them for the message, confirms it will be done, and apologises for no trouble they did not mention.
   */
  request?: boolean;
  /**
   * In place of `acknowledge`, `nextSteps`, `publicNextSteps` and `step` on an app store's reviews (kind `app`): money
   * paid through Google Play or the App Store is charged and refunded by the store (on the App Store only Apple can
   * refund), so the reply says so and offers help with the request, never a refund or a correction of its own.
   */
  onApp?: { acknowledge: readonly string[]; nextSteps: readonly string[]; publicNextSteps: readonly string[]; step: { kind: StepKind; what: string }; short?: ShortForms };
  /** Shorter sentences for a reply cut to fit a box with a character limit (Google Play: 350). */
  short?: ShortForms;
  /** Concrete next steps with a time. {ref} = order/ticket reference when the message has one. */
  nextSteps: readonly string[];
  /** Public reviews: a next step that keeps details out of public view. */
  publicNextSteps?: readonly string[];
  /**
   * Narrower topics that explain the same words better: a topic listed here is dropped when this one
   * matches over the same words ("the shower was broken" is a room to fix, not a parcel to replace).
   */
  overrides?: readonly TopicId[];
  /**
   * Topics dropped wherever in the message this one is found: they answer the same matter worse ("please cancel
   * this" about a parking charge notice is no subscription to cancel).
   */
  supersedes?: readonly TopicId[];
  /**
   * In place of `nextSteps` (and `step.also`, and `publicNextSteps`) when the message also asks for its money back:
   * offering to rebook someone who wants a refund reads as not having listened.
   */
  withRefund?: readonly string[];
  /**
   * The kind of promise its next steps make, and how the topic is named in the one step it shares with another
   * topic of that kind: `what` fits MERGED_STEPS[kind]; `also` is what its own step promised besides (a promise of
   * another kind, such as rebooking), said after the shared step as "I will also {also}."
   */
  step?: { kind: StepKind; what: string; also?: string };
  /**
   * In place of `nextSteps` when other topics in the reply have steps of their own: those already promise an update
   * with a time, so this one says what it adds without promising another ("I will be your single point of contact").
   */
  alongside?: readonly string[];
  /**
   * The topic is itself a problem that came back (a repair that did not last, a connection that keeps dropping): its
   * acknowledgment and step already speak to the repetition, so the reply adds nothing about it happening before.
   */
  recurring?: boolean;
  /** Its step already goes after the cause (damp found at its source): a repeated problem needs no step of its own. */
  findsCause?: boolean;
  /**
   * Which kinds of site the topic is looked for on. `app` only: on an app store's reviews (Google Play, App Store
   * Connect), where "it is slow" is the app. Not `app`: goods, premises or people an app does not have (a damaged
   * item, a delivery, a dirty room), never chosen for an app review. Unset: everywhere.
   */
  sites?: 'app' | 'not-app';
}

/**
 * Zero-width, before a complaint word: not said as "nothing was", "never", "wasn't", "nobody said anything"
 * ("nothing was broken" and "nobody was rude" are praise; "not only rude" and "never met such rude staff" are not).
 */
const NOT_NEGATED =
  "(?<!(?:\\bnothing|\\bnone|\\bnot|\\bnever|\\bno|\\bnobody|\\bno one|\\bno-one|n't|n’t) (?:(?:was|were|is|are|got|came|arrived|ever|even|once|been|had been|has been|said|did|anything|anyone|anybody|at all|remotely|in any way|the least bit|being|seemed|felt) )*)";

// A fitting on our premises that can stop working (the facilities topic).
const FACILITY =
  "(?:air[- ]?con(?:ditioning|ditioner)?|a/?c|heating|heater|radiator|shower|toilet|sink|tap|faucet|boiler|lift|elevator|wi-?fi|internet|tv|television|lock|door|window|blinds|bed|pool|hot tub|sauna|fridge|minibar|kettle|lights?|plumbing|drain|hairdryer|hair dryer|key card|keycard|showers|toilets|lifts|treadmills?|(?:rowing|weights?|gym|vending|ticket|card|parking|cash|pay|payment) machines?|barriers?|turnstiles?|machines|equipment|(?:spin |exercise )?bikes|cross ?trainers?|lockers?|hand ?dryers?|escalators?|steam room|jacuzzi|projector|sound system|microphones?|mics?)";
// Furnishings that wear out, and how (the worn-fittings topic).
const FITTING =
  '(?:seats?|seating|chairs?|sofas?|couch(?:es)?|armchairs?|cushions?|upholstery|carpets?|rugs?|curtains?|mattress(?:es)?|headboards?|sheets|bedding|pillows?|duvets?|towels?|wallpaper|paint(?:work)?|walls?|tiles?|grout|floor(?:ing|boards?)?|furniture|tables?|benches|lockers?|cupboards?|wardrobes?|drawers?|(?:sun ?|deck ?)?loungers?|deck ?chairs?|mats?|headrests?|armrests?|tray tables?|bunks?)';
const WORN =
  '(?:torn|ripped|tattered|worn(?: out| through| thin)?|threadbare|frayed|peeling|flaking|cracked|chipped|broken|falling apart|sagging|saggy|wobbly|collapsed|damaged|dented|scuffed)';
/**
 * Zero-width, at the end of a match: no word near it in its sentence (160 characters back, 100 on) says these
 * are goods sent to the customer. Bounded, so a long sentence costs no more than a short one.
 */
const GOODS_CUE = '(?:arrived|arrival|delivered|delivery|package|parcel|ordered|shipped|shipping|received|bought|purchased|(?:in|out of) the box|unboxed|unpacked|sold me|you sold)';
const NOT_GOODS = `(?<!\\b${GOODS_CUE}\\b[^.!?\\n]{0,160})(?![^.!?\\n]{0,100}\\b${GOODS_CUE}\\b)`;

/** Said of a price, it was worth it after all: "worth every penny", "still the best value", "but fair". */
const PRICE_REDEEMED =
  "(?<!\\b(?:not|hardly|never|barely|isn'?t|wasn'?t|aren'?t|weren'?t) )(?:worth (?:it|every penny|every cent|the (?:money|price|extra|cost|splurge|treat))|(?:still |great |good |excellent |best |fair |decent |brilliant )value|value for money|fair(?:ly)? price[ds]?|(?:but|still|yet) (?:fair|reasonable|competitive|cheaper)|you get what you pay for|can'?t complain|justified)";

// Food and drink that can be left out of an order (the food-missing topic).
const FOOD_PART =
  "(?:(?:vegetarian|vegan|gluten[- ]free|kids?|children'?s) (?:meals?|options?|dishes|menu)|meals?|dish(?:es)?|drinks?|fries|chips|sides?|side dish|sauces?|dips?|desserts?|starters?|mains?|sandwich(?:es)?|burgers?|pizzas?|naan|rice|noodles|salad|cutlery|napkins|coffees?|milkshakes?|nuggets|wings)";

// Food that can go mouldy (mould on it is the kitchen's, not the mould topic's).
const MOULDY_FOOD =
  '(?:bread|rolls?|buns?|cheese|fruit|berries|strawberries|raspberries|grapes|food|cake|sandwich(?:es)?|meat|jam|pastr(?:y|ies)|croissants?|bagels?|muffins?|yog(?:h)?urt|salad|vegetables|veg|tomatoes|leftovers|crusts?|loaf)';

// Things made to the customer's order, and what can be wrong on them (the custom-order topic).
const MADE =
  '(?:business cards|flyers?|leaflets?|posters?|brochures?|booklets?|programmes?|letterheads?|cakes?|cupcakes|cookies|shirts?|t-?shirts?|tees?|hoodies?|jerseys?|kits?|mugs?|banners?|signs?|invitations?|cards?|engraving|plaques?|trophy|trophies|necklaces?|bracelets?|rings?|prints?|canvas|frames?|jackets?|hats?|caps?|bags?|totes?|labels?|stickers?|sign|bouquets?|wreaths?|badges?|uniforms?|napkins|place cards)';
const MADE_DETAIL = '(?:name|names|spelling|date|dates|text|wording|message|initials|number|year|age|photo|picture|logo|design|font|colou?rs?|flavou?r)';

// The customer's car and its parts, where our people worked on it (the vehicle-damage topic).
const CAR_PART =
  '(?:car|cars|vehicle|van|motorbike|bonnet|hood|bumpers?|paintwork|paint|doors?|wing mirrors?|mirrors?|windscreen|windshield|wheels?|alloys?|rims?|tyres?|tires?|boot|trunk|roof|wings?|panels?|side)';
const CAR_CUE = '(?:car|cars|vehicle|van|valet(?:ing)?|car ?wash|garage|mechanic|body ?shop|bonnet|bumpers?|windscreen|windshield|alloys)';

// Pets and the harm that can come to them (the drafted reply's pet-injury topic).
const PET =
  '(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|pets?|poodles?|terriers?|spaniels?|labradors?|retrievers?|doodles?|cockapoos?|dachshunds?|huskies|husky|bulldogs?|pugs?|collies?|schnauzers?|shih tzus?|rabbits?|bunn(?:y|ies)|guinea pigs?|hamsters?|horses?|ponies|pony)';
/** A pet, or a place only pets go to. */
const PET_CUE = `(?:${PET}|groom(?:er|ers|ing|ed)|kennels?|catter(?:y|ies)|vets?|veterinar(?:y|ian|ians))`;
/** Harm a pet can only come to (a cut, a burn): found after a groom, it was done there. */
const PET_WOUND =
  '(?:cuts|nicks?|nicked|(?:a|deep|nasty|small|big|bad) cut|wounds?|wounded|(?:clipper |razor )?burns?|burned|burnt|scalded|sores?|grazes?|bleeding|bled|bruised|bruises|injur(?:ed|y|ies)|stitches|bite marks?|lacerations?)';
/**
 * Any harm, illness included. A vet treats an ill or limping animal, so these count only for what came
 * home with the pet or followed its stay with us ("our cat had an infection and the vet was fantastic" is praise).
 */
const PET_HARM = `(?:${PET_WOUND}|hurt|infected|infections?|limping|limp|swollen|bitten|(?:allergic |bad |severe )?reaction|kennel cough|fleas|ticks|a rash|diarrho?ea|vomiting|sick|ill|poorly|unwell|dehydrated)`;
/** After which the pet was in our care. */
const PET_STAY =
  "(?:after|since|following|from) [^.!?\\n]{0,25}?\\b(?:groom|grooming|groomers?|stay|staying|boarding|visit|appointment|surgery|operation|op|clean|treatment|walk|session|haircut|bath|kennels?|daycare|cattery|with you|at yours)";

// The work a service owes the customer, made for them and not shipped from stock (the overdue-work topic).
const DELIVERABLE =
  '(?:photos|pictures|images|edits|album|gallery|video|footage|wedding film|report|survey|valuation|quote|quotation|estimate|designs?|logo|concepts?|drafts?|mock-?ups?|artwork|plans|drawings|website|translations?|tax return|accounts|paperwork|documents|certificates?|alterations|hemming|transcripts?|portraits?|headshots)';
// Who does that work.
const MAKER =
  '(?:accountant|bookkeeper|designer|developer|photographer|videographer|translator|tailor|seamstress|dressmaker|architect|surveyor|solicitor|lawyer|editor|agency|illustrator|copywriter|framer|builder|contractor)s?';

/**
 * Money on an app store (see TopicTemplate.onApp): what the store does, and the help we can give. No address of the
 * store's refund page (they change, and differ by store); the customer gets it from us when they get in touch.
 */
const STORE_REFUND = 'Purchases made through the app store are refunded through the store, not by us, and we will help you with the request.';
// (in a reply cut to fit, in place of the invitation to get in touch too)
// (an app store's reviewer cannot be messaged, and may not know how to reach us: the store page's app support details say how)
const STORE_REFUND_SHORT = 'Purchases made through the app store are refunded through the store; contact us via our store page and we will help with the request.';
const STORE_CHARGE_SHORT = 'Payments made through the app store are charged and refunded by the store; contact us via our store page and we will help check the charge.';
const STORE_REFUND_STEP =
  'Purchases made through the app store are refunded through the store rather than by us; if you reply, I will help you with the request within one business day.';
const STORE_CHARGE = 'Payments made through the app store are charged and refunded by the store, not by us, and we will help you check the charge and ask for a refund.';
const STORE_CHARGE_STEP =
  'Payments made through the app store are charged and refunded by the store rather than by us; if you reply, I will help you check the charge and ask for a refund within one business day.';

/** A topic's answer on an app store (TopicTemplate.onApp): its own acknowledgment, and the store's part in the money. */
function storeAnswer(acknowledge: readonly string[], money: 'refund' | 'charge', what: string): NonNullable<TopicTemplate['onApp']> {
  const refund = money === 'refund';
  return {
    acknowledge,
    nextSteps: [refund ? STORE_REFUND_STEP : STORE_CHARGE_STEP],
    publicNextSteps: [refund ? STORE_REFUND : STORE_CHARGE],
    step: { kind: 'store', what },
    short: { publicNextStep: refund ? STORE_REFUND_SHORT : STORE_CHARGE_SHORT },
  };
}

/** The item said to be fine after all: "the lamp works though", "the contents were fine" (not "doesn't work"). */
const ITEM_FINE =
  "(?:\\b(?:it|item|items|contents?|everything|\\w+) (?:still )?(?:works|worked|is working|was working|is fine|was fine|are fine|were fine|is ok(?:ay)?|was ok(?:ay)?|survived|is intact|was intact|is undamaged|was undamaged)\\b(?! (?:at all|anymore|any more)\\b)|\\b(?:undamaged|unharmed|unscathed|in one piece)\\b)";

/** How long something took, in days or more (not hours: a wait at a table): "3 weeks", "over a month". */
const SPAN =
  '(?:(?:over|more than|almost|nearly|about|around|at least|a good|another|a full) )?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|a couple of) (?:days?|weeks?|months?)';

export const TOPICS: readonly TopicTemplate[] = [
  {
    id: 'late-delivery',
    sites: 'not-app',
    label: 'late delivery',
    examples: {
      hits: [
        'My package is late.',
        'Delivery was delayed by a week.',
        'I ordered a lamp and it never came.',
        "Another 'delivery attempted' note when I was home all day.",
        'The driver could not get the sofa up the stairs and took it away again.',
        'The delivery did not arrive on Friday as promised.',
        "Three weeks for a lamp and it still isn't here.",
        'The chair took 3 weeks to arrive.',
        'I waited a month for my order.',
        'Two weeks waiting for my parcel and still nothing.',
        'Delivery took a month and the table was scratched.',
        'Three weeks to arrive?! Ridiculous.',
      ],
      misses: [
        'We were seated an hour late.',
        'The courier broke the lamp.',
        'Delivery was never late.',
        'The dance floor lights never came on.',
        'The waiter never came to take our order.',
        'The driver took it back to the depot because we were out, and redelivered the next day. Great service.',
        "I've used this lamp for three weeks and love it.",
        'Three weeks ago I ordered and it came the next day.',
        'We waited two weeks for an appointment.',
        'Two weeks since I booked the plumber and he still is not here.',
        'Three days to arrive is fine by me.',
      ],
    },
    patterns: [
      // "late" alone is not a delivery: "seated an hour late" is a wait; a delivery word comes first, or right after
      `\\b(?:(?:order|package|parcel|delivery|shipment|shipping|courier|item|items|goods|purchase)\\b[^.!?\\n]{0,60}?\\b${NOT_NEGATED}(?:late|delayed|overdue)|(?:late|delayed|overdue) (?:delivery|deliveries|shipment|shipping|order|package|parcel)|(?:arrived|came|got here|turned up|showed up|was delivered|were delivered) (?:\\w+ ){0,3}?(?:late|delayed)|still (?:not|hasn'?t|haven'?t) (?:arrived|here|come|received|been delivered)|(?:never|not yet|hasn'?t|has not|didn'?t|did not|still hasn'?t) (?:arrived|shown up|showed up|turned up|(?:came|come)(?! (?:on|back|off|out|up|down|over|across|round|around|with|to (?:take|check|see|help|ask|clean|collect|fix|serve))\\b)|been delivered)|where is my (?:order|package|parcel|delivery)|(?:waiting|waited) (?:for|on) (?:my |the )?(?:order|package|parcel|delivery)|tracking (?:hasn'?t|has not|says|shows)|missed (?:the )?delivery|delivery (?:date|window) (?:came and went|passed))\\b`,
      '\\b(?:weeks?|days?) (?:late|overdue|behind)\\b',
      // a delivery said with how long it took: "delivery took a month", "took 3 weeks to arrive", "waited a month for my order", "three weeks
      // for a lamp and it still isn't here"
      `\\b(?:(?:delivery|shipping|shipment|order|parcel|package) (?:took|has taken|had taken|is taking|was taking) ${SPAN}|(?:took|takes|taking|has taken|had taken|it'?s been|been) ${SPAN} to (?:arrive|come|be delivered|get (?:here|to (?:me|us))|reach (?:me|us)|turn up|show up)|(?:waited|waiting|been waiting|wait) ${SPAN} (?:for|on) (?:my|our|the|this|an?) (?:\\w+ )?(?:order|package|parcel|delivery|shipment|purchase)|${SPAN} (?:for|waiting for|to get|to receive) (?:an?|my|our|the|this|these) [^.!?\\n]{0,40}?\\b(?:still (?:isn'?t|is not|aren'?t|are not|not|hasn'?t|has not|haven'?t|have not) (?:here|arrived|come|turned up|shown up|been delivered|delivered)|still (?:nothing|no sign)))\\b`,
      // "did not arrive" after a delivery word ("the delivery did not arrive on Friday"; one lost or shown as delivered is lost-parcel)
      "\\b(?:(?:order|package|parcel|delivery|shipment|item|items|goods|purchase|box|furniture|sofa)\\b[^.!?\\n]{0,60}?\\b(?:did not|didn'?t|never|has not|hasn'?t|still hasn'?t|still has not|still did not|still didn'?t) arrive)\\b",
      // how long it took said alone, as the sentence's start: "Three weeks to arrive?! Ridiculous."
      `(?<=(?:^|[.!?\\n])\\s{0,3})${SPAN} to (?:arrive|come|be delivered|get here|reach (?:me|us)|turn up|show up)\\b(?! (?:is|was|would be|sounds) (?:fine|ok|okay|reasonable|normal|expected|quick|fast|great)\\b)`,
      // a delivery attempted that was not; a parcel held up on the way
      "\\b(?:delivery attempted|attempted delivery|(?:claimed|said|says|pretended) (?:they|he|she|the driver|the courier) (?:tried|attempted) to deliver|(?:driver|drivers|courier|delivery (?:driver|team|crew|men|guys?))\\b[^.!?\\n]{0,60}?\\btook (?:it|them|the \\w+) (?:away|back)(?: to the (?:depot|warehouse|van))? again|nothing (?:has )?(?:arrived|come|turned up)|stuck (?:in|at) (?:customs|the depot|a depot|the warehouse|transit))\\b",
    ],
    step: { kind: 'trace', what: 'trace your delivery' },
    acknowledge: [
      'I understand how frustrating it is when an order does not arrive when we promised.',
      'I can see your delivery has taken much longer than it should have.',
      'Waiting past the promised delivery date is not the experience we want for you.',
    ],
    nextSteps: [
      'I will check the tracking{ref} with our courier today and email you a confirmed delivery date by tomorrow.',
      'Today I will trace the shipment{ref} and send you an update with the new delivery date within 24 hours.',
    ],
    publicNextSteps: ['Once you send us your order number, we will trace the shipment the same day.'],
    // it came in the end ("took 3 weeks to arrive", "finally arrived a week late"): no new delivery date to promise
    variant: {
      cue: `(?:(?<=(?:^|[.!?\\n])\\s{0,3})${SPAN} to (?:arrive|come|get here|reach (?:me|us)|turn up|show up)\\b)|` + "\\b(?:took [^.!?\\n]{0,30}?to (?:arrive|come|get here|reach (?:me|us))|(?:delivery|shipping|shipment|order|parcel|package) (?:took|had taken)|(?<!(?:never|not|n't|n’t|yet|still|have|has|had|be|been|to) )(?:finally )?(?:arrived|came|got here|turned up|showed up|was delivered|were delivered)\\b(?! yet\\b))",
      acknowledge: ['I am sorry your order took so much longer to reach you than it should have.'],
      nextSteps: ['Today I am asking our courier why your delivery{ref} took so long, and by tomorrow I will email you what we found and what we will do about it.'],
      publicNextSteps: ['We are checking with our courier to find out why your delivery took so long.'],
    },
  },
  {
    // a parcel shown as delivered that never reached the customer, left at the wrong address or with a stranger,
    // stolen from the doorstep or lost on the way: no new delivery date to promise, but the courier's proof of
    // delivery to check, and a resend or a refund (ours to sort out, not the customer's to take up with the courier)
    id: 'lost-parcel',
    sites: 'not-app',
    label: 'your missing parcel',
    examples: {
      hits: [
        'Parcel marked delivered but never arrived.',
        'It says delivered but nothing arrived.',
        'Tracking says delivered to a safe place at 2:14pm but there is nothing here.',
        'My order show as delivered since Monday but I not receive anything.',
        'Package say delivered, is not in my mailbox.',
        'Package was delivered to the wrong address and the neighbour opened it.',
        "Your courier left my package with a neighbour at number 42 - I live at 24. I still haven't got it.",
        'The photo on the proof of delivery shows a door that is not mine.',
        'Great job losing my parcel. Again.',
        'The parcel got lost in the post.',
        'The driver left it on the doorstep and it was stolen.',
        'Great job leaving my parcel at number 42. I live at number 24.',
        'Delivered to no. 7 again, we are no. 17.',
      ],
      misses: [
        'My parcel still has not arrived.',
        'My package is late.',
        'Tracking said delivered and it was waiting in the porch, thanks!',
        'The airline lost my luggage.',
        'I was not home so it was delivered to my neighbour, who gave it to me the same evening.',
        "My mum's prescription was marked as delivered but never arrived and she was without her tablets.",
        'The driver left it at number 42, which is my address, thank you.',
      ],
    },
    patterns: [
      // shown as delivered, and not there: "marked delivered but never arrived", "say delivered, is not in my mailbox"
      "\\b(?:shows?|showed|shown|showing|says?|said|saying|marked|listed|appears?|claim(?:s|ed)?|tracking)(?: (?:as|it was|it's|it is|it has been|it had been|that it was|that it's|to be|been|it))? delivered\\b[^.!?\\n]{0,80}?\\b(?:but|yet|however|though|although|not|never|nothing|nowhere|no sign|isn'?t|wasn'?t|hasn'?t|haven'?t|didn'?t)\\b",
      // left where it should not have been: the wrong address, a stranger's door, a neighbour they cannot find it with
      "\\b(?:delivered|left|dropped(?: off)?|given|handed)\\b[^.!?\\n]{0,40}?\\b(?:to|at|with) (?:the |a |an )?(?:wrong|different|another|incorrect|random) (?:\\w+ )?(?:address|house|flat|door|building|street|person|neighbou?r|number|apartment|unit|postcode)\\b",
      "\\b(?:delivered|left|given|handed)\\b[^.!?\\n]{0,30}?\\b(?:with|to) (?:a |my |the |some )?neighbou?rs?\\b[^\\n]{0,80}?\\b(?:(?:not|never|haven'?t|hasn'?t|have not|has not|don'?t|do not|didn'?t|did not|can'?t|cannot) (?:yet |even |actually )?(?:got|get|received|receive|have|had|know|find|found|seen)|no idea)\\b",
      "\\b(?:proof of delivery|delivery (?:photo|picture)|photo|picture)\\b[^.!?\\n]{0,60}?\\b(?:(?:is|was|isn'?t|wasn'?t) not (?:my|our|mine|ours)|(?:not|isn'?t|wasn'?t) (?:my|our|mine|ours)|someone else'?s|(?:the )?wrong (?:door|house|address|porch|building|flat))\\b",
      // left at another house number than theirs: "Great job leaving it at number 42. I live at number 24."
      "\\b(?:left|leaving|leaves|delivered|delivering|dropped|dropping|gave|giving|handed|handing|took|taken)\\b[^.!?\\n]{0,40}?\\b(?:at|to|with) (?:number|no\\.?|#) ?(\\d{1,4}[a-z]?)\\b[^\\n]{0,80}?\\b(?:(?:I|we) (?:live|am|are|'m|'re) (?:at )?|my (?:house|address|flat|door) is (?:at )?|(?:mine|ours) is )(?:number |no\\.? ?|#)?(?!\\1\\b)\\d{1,4}[a-z]?\\b",
      // lost or stolen on the way: "lost my parcel", "lost in the post", "left on the doorstep and stolen"
      "\\b(?:(?:lost|losing|lose|misplaced) (?:my|our|the|another) (?:\\w+ )?(?:parcel|package|delivery|shipment|parcels|packages)|lost in (?:the post|transit)|(?:parcel|package|delivery|box|order)\\b[^.!?\\n]{0,60}?\\b(?:was |got |been )?stolen|(?:left|put|dropped|threw|thrown)\\b[^.!?\\n]{0,40}?\\b(?:doorstep|porch|step|steps|front door|outside|gate|driveway|bins?)\\b[^.!?\\n]{0,40}?\\b(?:stolen|nicked|taken|gone|disappeared|went missing))\\b",
    ],
    supersedes: ['late-delivery'],
    step: { kind: 'trace', what: "check the courier's proof of delivery for your parcel", also: 'resend your order or refund it in full, whichever you prefer, if it has not turned up' },
    acknowledge: [
      'I am sorry your parcel has not reached you; finding out where it went is our job, not yours.',
      'I understand how worrying it is when a parcel never reaches you, and I am sorry; it is ours to sort out, not yours.',
    ],
    nextSteps: [
      "Today I will check the courier's proof of delivery{ref}, including where it was left and any photo, and if your parcel has not turned up, I will resend your order or refund it in full by tomorrow, whichever you prefer.",
    ],
    withRefund: ["Today I will check the courier's proof of delivery to find out where your parcel went."],
    publicNextSteps: ["We will check the courier's proof of delivery and, if the parcel has not turned up, resend it or refund it in full."],
  },
  {
    // a service's work that is overdue: photos or edits, a report or survey, designs, a website, a quote, a
    // translation, a tax return, alterations. No shipment to trace and no order number to ask for: an apology for
    // the delay, and a firm date or a status
    id: 'overdue-work',
    sites: 'not-app',
    label: 'the delay with your work',
    examples: {
      hits: [
        "Our wedding photos still haven't arrived 4 months later.",
        'The designer promised the logo concepts by the 10th. It is the 24th and still nothing.',
        "My accountant still hasn't filed my tax return and the deadline is Friday.",
        'The builder came round, measured up, and we never got the quote.',
        'I am waiting the translation of my documents since 3 weeks.',
        "Dropped off two pairs of trousers for hemming, told they would be ready Thursday. It's been two weeks and they're still not done.",
        'Still no edits from the photoshoot in June.',
        'The survey report for our house purchase was due last Monday.',
        'We paid a deposit for our website in March and the developer keeps saying next week.',
        'The wedding video is 5 months late.',
        'Logo never delivered.',
        'The web developer missed the launch date.',
      ],
      misses: [
        'The photos came back within a week and they are beautiful.',
        'My parcel still has not arrived.',
        'The quote was much higher than we expected.',
        'I reported it three days in a row.',
        'The website is down again.',
        'Your sync client deleted 3 years of photos from my laptop.',
        'We waited for the video to load for ages.',
        'My dress was ready a week late.',
      ],
    },
    patterns: [
      // the work, then what has not happened: "the photos still haven't arrived", "logo never delivered", "was due last Monday"
      `\\b${DELIVERABLE}\\b[^.!?\\n]{0,40}?\\b(?:(?:still )?(?:(?:has|have|had|is|are|was|were)(?: not|n'?t)|not|never)(?: yet| even| ever)?(?: been| got| come)? (?:arrived|come|here|delivered|sent|received|finished|done|ready|complete|completed|filed|submitted|live|back|edited|through|started|provided|produced)|(?:is|are|was|were) (?:now )?(?:\\w+ ){0,2}?(?:overdue|(?:days?|weeks?|months?) (?:late|overdue|behind))|(?:was|were) due (?:on|by|last|in|at|two|three|four|\\d)|(?:days?|weeks?|months?|years?) later|still nothing|nothing yet)\\b`,
      // what has not happened, then the work: "still no edits", "we never got the quote", "waiting the translation"
      `\\b(?:still no |no sign of (?:the |my |our |any )?(?:\\w+ ){0,2}?|(?:never|still (?:haven'?t|hasn'?t|have not|has not)|not yet) (?:got|received|seen|had|been sent|sent (?:us |me )?)(?: the| my| our| a| an| any)? (?:\\w+ ){0,2}?|(?:still )?(?:waiting|waited) (?:for |on )?(?:the |my |our )?(?:\\w+ ){0,2}?)${DELIVERABLE}\\b(?! to (?:load|play|start|buffer|open))`,
      // a date promised, then nothing: "promised the logo concepts by the 10th. It is the 24th and still nothing."
      `\\b(?:promised|agreed|supposed to|should have|meant to|due)\\b[^.!?\\n]{0,50}?\\b${DELIVERABLE}\\b[^\\n]{0,100}?\\b(?:still nothing|nothing yet|nothing since|still (?:not|no|waiting|haven'?t|hasn'?t|have not|has not)|(?:we|I) (?:have|got|received) nothing|no sign)\\b`,
      // the one doing the work has not done it: "my accountant still hasn't filed my tax return"
      `\\b${MAKER}\\b[^.!?\\n]{0,40}?\\b(?:still )?(?:never|(?:has|have|had|did|does|do)(?: not|n'?t)|not yet)(?: yet| even| ever)? (?:filed|sent|submitted|delivered|finished|completed|provided|produced|edited|started|done|given (?:us|me) (?:the|a|an|our|my))\\b`,
      // the date keeps moving: "keeps saying next week", "missed the launch date"
      "\\b(?:(?:keeps?|kept) (?:on )?(?:saying|promising|telling (?:me|us))\\b[^.!?\\n]{0,30}?\\b(?:next week|tomorrow|soon|any day|nearly (?:done|ready|finished)|almost (?:done|ready|finished)|end of the week|another (?:week|few days))|(?:keeps?|kept) (?:pushing|moving) (?:the )?(?:date|deadline|handover|launch)|missed (?:the|our|my|every) (?:\\w+ )?(?:deadline|launch date|due date|handover date|completion date|go-live date)s?)\\b",
      // left with us to be worked on, and not back: "dropped off two pairs of trousers for hemming ... still not done"
      "\\b(?:dropped (?:off|in)|left|brought in|took in|handed in)\\b[^.!?\\n]{0,60}?\\b(?:for|to be) (?:\\w+ ){0,2}?(?:hemming|alterations?|altered|taken in|taken up|shortened|mending|framing|printing|developing|restoration|resoling|engraving)\\b[^\\n]{0,160}?\\b(?:still (?:not|isn'?t|aren'?t|hasn'?t|haven'?t)(?: been)? (?:done|ready|finished|back)|(?:not|never) (?:ready|done|finished)|(?:days?|weeks?|months?) (?:late|overdue))\\b",
    ],
    // (still not done is no overrun that is over: a date to give, not a delay to explain)
    overrides: ['late-delivery', 'wait-time', 'overran'],
    step: { kind: 'status', what: 'where your work is up to' },
    acknowledge: [
      'I am sorry for how long this is taking; you should have had it by now.',
      'Waiting this long for something we said we would deliver is not good enough, and I am sorry.',
    ],
    nextSteps: [
      'Today I will check exactly where it is up to{ref}, and by tomorrow I will send you a firm date for it; if anything changes after that, you will hear it from me first.',
      'I am finding out today exactly what is left to do{ref}, and by the end of tomorrow I will give you a firm date and a clear update on where it stands.',
    ],
    publicNextSteps: ['We will check where it is up to and give you a firm date as soon as you get in touch.'],
  },
  {
    id: 'damaged-item',
    sites: 'not-app',
    label: 'damaged item',
    examples: {
      hits: ['The mug arrived broken.', 'Everything in the box was soaked from the rain.', 'I ordered a dining table and one of the legs has a big crack in it.', 'The parcel arrived two days late and the mug inside was chipped.'],
      misses: ['The shower was broken.', 'The movers scratched our floor.', 'The movers were great, nothing was damaged.', 'The dentist fixed my cracked tooth so gently.', 'The dentist repaired my chipped tooth.', 'The bedroom wall has a crack in it.'],
    },
    patterns: [
      // "nothing was broken" is praise, not damage, and so is "they fixed my cracked screen"
      `\\b${NOT_NEGATED}(?<!\\b(?:fixed|repaired|replaced|mended|restored|saved|sorted(?: out)?) (?:my|our|the|his|her|a|an) (?:\\w+ )?)(?:damaged|broken|smashed|cracked|chipped|shattered|dented|crushed|torn|ripped|leaking|leaked|scratched|defective|faulty|arrived (?:broken|damaged|in pieces)|in pieces|doesn'?t work|does not work|not working|stopped working|dead on arrival|DOA)\\b`,
      // "one of the legs has a big crack in it" (a wall, window or ceiling with a crack is the premises')
      "\\b(?<!\\b(?:walls?|ceilings?|windows?|floors?|doors?|mirrors?|windscreen|windshield|tiles?|bath|toilet|sink|basin|road|pavement|pool|house|building|tooth|teeth) )(?:has|had|have|came with|arrived with|there(?:'s| is| was| were| are)) (?:got )?(?:(?:a|an|two|three|several|some|big|huge|large|deep|long|visible|massive|noticeable|nasty) ){1,3}(?:crack|cracks|dent|dents|chip|chips|split|gouge|gouges)\\b (?:in|on|down|across|along|through)\\b",
      // left in the rain, soaked in transit
      '\\b(?:soaked|soaking wet|sodden|water[- ]damaged|got wet|wet through)\\b',
    ],
    step: { kind: 'send', what: 'a replacement for the damaged item' },
    // (the refund they asked for is the reply's one money promise: no replacement offered beside it)
    withRefund: ['You do not need to send the damaged item back.'],
    acknowledge: [
      'I am sorry the item reached you damaged; that is not the condition it should arrive in.',
      'Receiving something broken after waiting for it is disappointing, and I understand why you are unhappy.',
    ],
    nextSteps: [
      'I will send a replacement{ref} today at no cost to you, and you do not need to return the damaged one.',
      'I can send a free replacement{ref} or a full refund, whichever you prefer; just reply with your choice and I will arrange it the same day.',
    ],
    publicNextSteps: ['We will arrange a free replacement or refund as soon as we hear from you.'],
    // only the packaging was hurt and they say the item is fine ("the box was soaked. The lamp works though"):
    // the packaging is heard and raised with those who packed and carried it, and no replacement is offered
    variant: {
      cue: `\\b(?:box|boxes|packaging|package|parcel|carton|wrapping|outer box|packing)\\b[^.!?\\n]{0,40}?\\b(?:soaked|soaking|wet|sodden|damaged|crushed|dented|torn|ripped|battered|squashed|smashed|broken)\\b[^\\n]{0,120}?${ITEM_FINE}|${ITEM_FINE}[^\\n]{0,120}?\\b(?:box|boxes|packaging|package|parcel|carton|wrapping|packing)\\b[^.!?\\n]{0,40}?\\b(?:soaked|soaking|wet|sodden|damaged|crushed|dented|torn|ripped|battered|squashed|smashed|broken)\\b`,
      acknowledge: ['I am sorry your order arrived in damaged packaging; it should reach you in good condition, and I am glad the item itself is all right.'],
      nextSteps: ['Today I am raising the state of the packaging{ref} with our warehouse and courier, and by tomorrow I will email you what we are changing; if you find anything wrong with the item after all, tell me and I will put it right.'],
      publicNextSteps: ['We are raising the state of the packaging with our warehouse and courier.'],
      step: { kind: 'look-into', what: 'how your order came to arrive in damaged packaging' },
      withRefund: ['I am sorry the packaging let you down.'],
    },
  },
  {
    id: 'wrong-item',
    sites: 'not-app',
    label: 'wrong item',
    examples: {
      hits: ['You sent me the wrong size.', 'The item is not what I ordered.'],
      misses: ['They served us the wrong pizza.'],
    },
    patterns: [
      "\\b(?:wrong (?:item|size|colou?r|product|order|model|book|thing)|not what I ordered|(?:sent|received|got|delivered) (?:me )?(?:the )?wrong|different (?:item|size|colou?r|product|model) (?:than|from) (?:what )?I ordered|isn'?t what I ordered|was not what I ordered)\\b",
    ],
    step: { kind: 'send', what: 'the right item with a prepaid label to return the other' },
    withRefund: ['I will email you a prepaid label today, so sending the wrong item back costs you nothing.'],
    acknowledge: [
      'I am sorry you received the wrong item; I know how annoying it is to get something other than what you ordered.',
      'Getting a different item from the one you chose is our mistake, not yours.',
    ],
    nextSteps: [
      'I will ship the correct item{ref} today and include a prepaid label so you can send the other one back whenever suits you.',
      'The right item{ref} will go out today by express shipping, and a free return label for the wrong one will follow by email.',
    ],
    publicNextSteps: ['We will send the correct item and a free return label as soon as we have your details.'],
  },
  {
    // a restaurant or café: the wrong food at the table is no parcel to ship back
    id: 'wrong-dish',
    sites: 'not-app',
    label: 'the mix-up with your order',
    examples: {
      hits: ['The waiter brought the wrong dish.', 'They served us the wrong pizza.', 'The cashier gave me the wrong order.', 'I asked for no onions and there was onions everywhere.'],
      misses: ['You sent me the wrong size.', 'The pharmacy gave me the wrong dosage.', 'I asked for no ice and it came just right.'],
    },
    patterns: [
      "\\b(?:wrong (?:dish|dishes|meal|meals|food|drink|drinks|pizza|burger|coffee|starter|main|dessert)|(?:brought|served) (?:us |me )?(?:the |a )?wrong)\\b",
      // "gave" only with food: a pharmacy that "gave me the wrong dosage" is no kitchen's mix-up
      "\\bgave (?:us |me )?(?:the |a )?wrong (?:order|orders|dish|dishes|meal|meals|food|drink|drinks|pizza|burger|coffee|starter|main|dessert|sandwich|salad|sauce|side)\\b",
      // left out, and there after all: "I asked for no onions and there was onions everywhere"
      "\\b(?:asked for|ordered|requested|ordered it with|asked for it with|said) (?:it |mine |them )?(?:with )?(?:no|without) ([a-z]{3,})\\b[^.!?\\n]{0,60}?\\b(?:there (?:was|were|is|are)|came with|it had|it came with|full of|covered in|loaded with|(?:they|he|she) (?:put|added))\\b[^.!?\\n]{0,20}?\\b\\1\\b",
    ],
    overrides: ['wrong-item'],
    step: { kind: 'look-into', what: 'how your order was mixed up' },
    acknowledge: [
      'I am sorry your order came out wrong; you should get exactly what you asked for.',
      'Being served something you did not order is our mistake, and I am sorry it spoiled your meal.',
    ],
    nextSteps: ['I have gone through it with the kitchen and floor team this week, so every order is checked against the ticket before it leaves the pass.'],
    publicNextSteps: ['We have gone through it with the kitchen and floor team, and we would like to make it up to you on your next visit.'],
  },
  {
    // something made to the customer's order came out wrong: the name on a cake, the colour of a custom
    // shirt, the flowers agreed for a wedding (a stock item sent in the wrong size is wrong-item)
    id: 'custom-order',
    sites: 'not-app',
    label: 'your made-to-order item',
    examples: {
      hits: [
        'The cake had the wrong name on it.',
        'They spelled my name wrong on the cake.',
        'Wrong colour on the custom shirt, I asked for navy.',
        'The florist used white roses instead of the blush pink we agreed on.',
        "I ordered a birthday cake with 'Happy 30th Emma' and it said 'Happy 13th Emma'.",
        'Ordered a birthday cake, picked it up and it said Happy Birthday Jon instead of Joan. Nobody apologised.',
        'Ordered 500 business cards. They came printed with my old phone number even though I sent the corrected proof.',
        'I collected my flyers today and the colours are much darker than the PDF I sent.',
        'My translated certificate came back with my name spelled wrong.',
      ],
      misses: ['The shirt came in the wrong colour.', 'They spelled my name wrong in every email.', 'We got a twin room instead of the double we booked.'],
    },
    patterns: [
      // the wrong words on the thing: "the cake had the wrong name on it", "a mug printed with the wrong date"
      `\\b${MADE}\\b[^.!?\\n]{0,30}?\\b(?:had|has|with|came with|showed|said|read|reads|printed with|engraved with) (?:the |a |an )?(?:wrong|misspelled|misspelt|incorrect) (?:${MADE_DETAIL})\\b`,
      `\\b(?:wrong|misspelled|misspelt|incorrect) (?:${MADE_DETAIL}) (?:on|for|in) (?:the |my |our |her |his |their )?(?:\\w+ ){0,2}?${MADE}\\b`,
      // "spelled my daughter's name wrong on the cake" (in an email it is no order made wrong)
      `\\b(?:spelled|spelt|misspelled|misspelt|got) (?:my|our|her|his|their|the) (?:\\w+(?:'s|’s)? ){0,2}?(?:name|names|surname|initials|message)\\b(?: (?:wrong|incorrectly))?[^.!?\\n]{0,20}?\\b(?:on|in) (?:the|my|our|her|his|their) (?:\\w+ ){0,2}?${MADE}\\b`,
      // the words asked for, then what it said: "a cake with 'Happy 30th Emma' and it said 'Happy 13th Emma'"
      `\\b${MADE}\\b[^.!?\\n]{0,30}?\\b(?:with|saying|reading|to say|to read|that said)\\b ['‘"“][^'‘’"“”\\n]{1,60}['’"”][^.!?\\n]{0,20}?\\b(?:it|they|the \\w+) (?:said|read|says|reads|had|wrote|put|spelled|spelt)\\b`,
      // made to order and not as asked: "wrong colour on the custom shirt", "the personalised mug is misspelled"
      "\\b(?:custom|customi[sz]ed|personali[sz]ed|bespoke|made[- ]to[- ]order|engraved|monogrammed|embroidered)\\b[^.!?\\n]{0,60}?\\b(?:wrong|misspel\\w*|incorrect|not what (?:I|we) (?:asked for|ordered|wanted|agreed))\\b",
      "\\bwrong (?:\\w+ )?(?:on|for) (?:the|my|our) (?:custom|customi[sz]ed|personali[sz]ed|bespoke|made[- ]to[- ]order|engraved|monogrammed|embroidered)\\b",
      // printed from the customer's file and not as it: "darker than the PDF I sent", "even though I sent the corrected proof",
      // "printed with my old phone number"
      "\\b(?:(?:even though|although|though|despite|but) (?:I|we) (?:had )?(?:sent|approved|signed off|supplied|uploaded|checked)(?: \\w+){0,2}? (?:proofs?|artwork|files?|pdf|design)|(?:from|than|to|with|as) (?:in )?the (?:\\w+ )?(?:proofs?|artwork|pdf|files?|design) (?:I|we) (?:sent|approved|supplied|uploaded|signed off))\\b",
      "\\b(?:printed|engraved|embroidered|came|arrived|made)\\b[^.!?\\n]{0,20}?\\bwith (?:my|our|the|an?) (?:old|outdated|previous|wrong|incorrect|misspel\\w*) (?:\\w+ ){0,2}?(?:name|names|number|numbers|date|address|e-?mail|website|logo|details|price|prices|text|wording)\\b",
      // came back from us with their details wrong: "my translated certificate came back with my name spelled wrong"
      "\\b(?:came back|came|arrived|was returned|were returned|got it back)\\b[^.!?\\n]{0,20}?\\bwith (?:my|our|the|his|her|their) (?:\\w+ ){0,2}?(?:name|names|surname|date of birth|address|details|initials|spelling|dates?)(?: (?:spelled|spelt|misspelled|misspelt|written|printed|translated|put))? (?:wrong(?:ly)?|incorrectly)\\b",
      // the words on it, unquoted, then what they should have been: "it said Happy Birthday Jon instead of Joan"
      `\\b${MADE}\\b[^.!?\\n]{0,60}?\\b(?:it|they|the \\w+) (?:said|read|says|reads|had|spelled|spelt)\\b[^.!?\\n]{1,60}?\\binstead of\\b`,
      // what was agreed and not what came: "white roses instead of the blush pink we agreed on"
      "\\binstead of (?:the |a |an |our |my )?(?:\\w+ ){0,3}?(?:we|I) (?:had )?(?:agreed(?: on)?|asked for|requested|specified|chose|picked|discussed)\\b",
    ],
    overrides: ['wrong-item', 'quality'],
    step: { kind: 'send', what: 'a remake to your details' },
    // (the refund they asked for is the reply's one money promise: no remake or full refund offered beside it)
    withRefund: ['You do not need to return anything.'],
    acknowledge: [
      'I am sorry it was not made the way you asked for; something made to order should come out exactly as you described it.',
      'Finding that something made specially for you came out wrong is disappointing, and I am sorry we did not get it right.',
    ],
    nextSteps: [
      'I would like to put it right{ref}: we can make it again to your details at no charge or refund you in full, whichever you prefer; reply with your choice and I will arrange it today.',
    ],
    publicNextSteps: ['We would like to put it right with a remake at no charge or a full refund, whichever you prefer.'],
  },
  {
    // a takeaway, restaurant or caterer left part of the food out: nothing for a warehouse to ship
    id: 'food-missing',
    sites: 'not-app',
    label: 'the missing part of your order',
    examples: {
      hits: ['The caterers forgot the vegetarian meals for our guests.', 'They forgot my fries again.', 'My order was missing the drinks.'],
      misses: ['A charger was missing from the box.', 'Half my order was missing.'],
    },
    patterns: [
      `\\b(?:forgot|forgotten|left out|missed|missing|without)\\b (?:\\w+ ){0,3}?${FOOD_PART}\\b`,
      `\\b${FOOD_PART}\\b (?:was|were|is|are) (?:\\w+ )?(?:missing|forgotten|left out|not (?:in|included))\\b`,
    ],
    overrides: ['missing-item'],
    step: { kind: 'look-into', what: 'how the kitchen left part of your order out' },
    acknowledge: [
      'I am sorry part of your order was left out; you should get everything you asked for.',
      'Finding something missing from your food is disappointing, and I am sorry we let that happen.',
    ],
    nextSteps: ['I have gone through it with the kitchen team this week, so every order is checked against the ticket before it goes out.'],
    publicNextSteps: ['We have gone through it with the kitchen team, and we would like to make it up to you.'],
  },
  {
    // a restaurant, café or takeaway: a badly cooked or cold meal is not goods to replace or refund
    id: 'food',
    sites: 'not-app',
    label: 'the food',
    examples: {
      hits: ['The pizza was cold and the fries were soggy.', 'Once again the pizza arrived cold.', 'The chicken was undercooked, pink in the middle.', 'The bread was mouldy.', 'There was mould on my bread roll.'],
      misses: ['The food came forty minutes late.', 'The jacket fell apart after one wash.', 'The meal was nice enough but £38 for a steak that small is a rip-off.'],
    },
    patterns: [
      "\\b(?:cold|lukewarm|stale|undercooked|under-cooked|overcooked|over-cooked|burnt|burned|bland|soggy|raw|greasy|rubbery|tasteless|inedible|reheated|microwaved|mou?ldy|rancid) (?:food|meals?|dish(?:es)?|pizzas?|fries|chips|coffee|tea|burgers?|steaks?|chicken|fish|pasta|soup|rice|noodles|eggs|bread|toast|salad|sandwich(?:es)?|curry|sushi|dessert|cake|breakfast|lunch|dinner)\\b",
      "\\b(?:food|meals?|dish(?:es)?|pizzas?|fries|chips|coffee|tea|burgers?|steaks?|chicken|fish|pasta|soup|rice|noodles|eggs|bread|toast|salad|sandwich(?:es)?|curry|sushi|dessert|cake|breakfast|lunch|dinner|croissants?)\\b[^.!?\\n]{0,30}?\\b(?:was|were|is|are|came|arrived|tasted|tastes)\\b[^.!?\\n]{0,20}?\\b(?:cold|lukewarm|stale|undercooked|overcooked|burnt|burned|bland|soggy|raw|greasy|dry|tough|rubbery|salty|inedible|tasteless|reheated|microwaved|(?<!rip-|rip )off|mou?ldy|rancid|pink in the middle)\\b",
      // mould on what we served ("mould on my bread roll", "the cheese had mould on it"): not a damp room
      `\\b(?:(?:mou?ld|mildew) (?:on|in) (?:the |my |our |a |an |his |her )?(?:\\w+ )?${MOULDY_FOOD}|${MOULDY_FOOD} (?:was|were|is|are|had|has|came|arrived)(?: \\w+)? (?:mou?ldy|mou?ld))\\b`,
      "\\b(?:tasted|tastes) (?:bad|awful|off|old|burnt|like it had been|like it was)\\b",
      // (food poisoning is someone made ill: the injury topic's, with the kitchen's topic only when the food is named too)
      "\\b(?:awful|terrible|horrible|disgusting|inedible|bad) (?:food|meal)\\b",
    ],
    overrides: ['quality', 'mould'],
    step: { kind: 'look-into', what: 'how your food was prepared and sent out' },
    acknowledge: [
      'I am sorry the food was not what it should have been; you came to enjoy your meal, and we let you down.',
      'A meal that is not cooked and served the way it should be spoils the whole visit, and I am sorry that happened to you.',
    ],
    nextSteps: [
      'I have shared your notes with our head chef today, and we are checking how that dish is prepared and served; if you reply with the date of your visit, I will follow up with you personally within two days.',
    ],
    publicNextSteps: ['We have shared your notes with our kitchen team, and we would like to make it up to you on your next visit.'],
    // a delivery or a takeaway: no visit, no meal out
    variant: {
      cue: "\\b(?:arrived|delivered|delivery|deliveries|takeaway|take-away|take-out|takeout|collected|collection|picked (?:it )?up|dropped off|(?:by|the) (?:driver|rider|courier)|deliveroo|uber ?eats|just ?eat|doordash|grubhub)\\b",
      acknowledge: [
        'I am sorry your food did not reach you the way it should; you ordered from us to enjoy it, and we let you down.',
        'Food that does not arrive as it should spoils the whole order, and I am sorry that happened to you.',
      ],
      nextSteps: [
        'I have shared your notes with our head chef today, and we are checking how that dish is prepared and packed; if you reply with the date of your order, I will follow up with you personally within two days.',
      ],
      publicNextSteps: ['We have shared your notes with our kitchen team, and we would like to make it up to you on your next order.'],
    },
  },
  {
    id: 'missing-item',
    sites: 'not-app',
    label: 'missing item',
    examples: {
      hits: ['A charger was missing from the box.'],
      misses: ['The box arrived on time.', 'Nothing was missing.'],
    },
    patterns: [
      `\\b(?:${NOT_NEGATED}missing|(?:was|were) not (?:in|included)|wasn'?t (?:in|included)|weren'?t (?:in|included)|not in the (?:box|bag|package|parcel)|only (?:got|received) (?:one|two|part|half)|left out|forgot (?:to include|my|the))\\b`,
    ],
    step: { kind: 'send', what: 'the missing item' },
    acknowledge: [
      'I am sorry part of your order was missing.',
      'Opening the box to find something missing is a real letdown, and I understand your frustration.',
    ],
    nextSteps: [
      'I will send the missing item{ref} today, and you should have it within 3 business days.',
      'I have asked our warehouse to ship the missing piece{ref} today; I will email you the tracking number by tomorrow.',
    ],
  },
  {
    id: 'rude-staff',
    label: 'the way our staff treated you',
    examples: {
      hits: [
        'The waiter was so rude to us.',
        'The server rolled her eyes when we asked for water.',
        "I've never met such rude staff.",
        'The receptionist had an attitude from the moment we walked in.',
        "The manager's attitude was shocking.",
        'Again no hot water in the morning and reception just shrugs.',
        'The courier was rude to my mother.',
      ],
      misses: [
        'The staff were lovely.',
        'Nobody said anything rude, but the room was freezing.',
        'No one was rude or pushy at any point.',
        'They were never rude, just busy.',
        'The staff had a great attitude.',
        'Their attitude was brilliant from start to finish.',
        'Lost my progress after reinstalling. Support ignored me.',
      ],
    },
    patterns: [
      // not said as not happening ("nobody said anything rude", "they were never rude"); an attitude unless a good
      // one ("a great attitude", "their attitude was brilliant") or someone's attitude to risk
      `\\b${NOT_NEGATED}(?:rude|unfriendly|unprofessional|disrespectful|dismissive|condescending|arrogant|impolite|yelled at|shouted at|laughed at|ignored (?:me|us)|snapped at|treated (?:me|us) (?:like|badly|poorly))\\b`,
      `\\b${NOT_NEGATED}(?<!\\b(?:great|good|positive|friendly|lovely|brilliant|fantastic|excellent|helpful|amazing|wonderful|cheerful|can-do|professional|happy|fun|upbeat|relaxed|caring|calm|kind|warm|sunny|refreshing|superb|outstanding|super) )attitude\\b(?! (?:to|towards|toward) (?:risk|investing|investment|money)\\b)(?! (?:was|is|were|of (?:the|all) \\w+ (?:was|is|were)) (?:\\w+ )?(?:great|good|positive|friendly|lovely|brilliant|fantastic|excellent|helpful|amazing|wonderful|spot on|refreshing|superb|outstanding|first class|faultless)\\b)`,
      // what people describe instead of naming it: rolled eyes, a phone out the whole time
      "\\b(?:(?:just|only|simply|merely) shrug(?:s|ged)|shrugged (?:it |us |me )?off|rolled (?:her|his|their) eyes|(?:was|were|stayed) on (?:her|his|their) phones? (?:the whole time|all the time|throughout)|could(?:n'?t| not) (?:have )?care(?:d)? less)\\b",
      '\\b(?:staff|employee|waiter|waitress|server|cashier|agent|manager|receptionist|driver|technician|rep|representative)s? (?:was|were) (?:so |very |really |extremely )?(?:rude|unhelpful|unfriendly|unprofessional|mean)\\b',
    ],
    step: { kind: 'look-into', what: 'how you were treated' },
    // a courier or delivery driver works for the delivery company, not for us: we raise it with them
    variant: {
      cue: "\\b(?:courier|couriers|delivery (?:driver|drivers|man|men|guy|guys|person|people|company|firm)|postman|postwoman|postie|parcel (?:driver|company))\\b[^.!?\\n]{0,60}?\\b(?:rude|unfriendly|disrespectful|aggressive|abusive|yelled|shouted|swore|snapped|laughed|attitude|threw|treated)",
      acknowledge: [
        'I am sorry about how the courier behaved; nobody should be spoken to or treated that way.',
        'Everyone deserves to be treated with courtesy, and I am sorry the courier fell so far short of that.',
      ],
      nextSteps: ['I will raise what happened with the delivery company today, and I will let you know their response by the end of the week.'],
      publicNextSteps: ['We are raising this with the delivery company and would like to hear more from you directly.'],
    },
    acknowledge: [
      'Everyone deserves to be treated with courtesy, and I am sorry that did not happen during your visit.',
      'I am sorry about how our team member treated you; that is not how we want anyone to feel.',
    ],
    nextSteps: [
      'I am sharing your account with the team lead today so we can address it directly, and I will let you know what we have changed by the end of the week.',
      'I will talk with the team member involved this week and follow up with you once I have.',
    ],
    publicNextSteps: ['We are addressing this with the team this week and would like to hear more from you directly.'],
  },
  {
    id: 'billing',
    label: 'the billing problem',
    examples: {
      hits: [
        'I was charged twice for the same order.',
        'There is a hidden fee on my invoice.',
        'We still got invoiced for the full month.',
        'You still took £89 from my card.',
        'The barrier would not open so I had to pay again at the booth.',
        'Great job charging me £40 for three hours when the machine said £12.',
        'He bills us for every email.',
        'Subscription auto-renewed without warning.',
        'The free trial turned into a paid subscription without warning.',
      ],
      misses: ['The price was fair.', 'I paid at the machine and the barrier opened straight away.', 'The subscription renews every year and they email a reminder a week before.'],
    },
    patterns: [
      "\\b(?:overcharged|over-charged|charged (?:me )?(?:twice|double|two times|extra|more|again|the wrong amount|for something)|double[- ]charged|double charge|billing|invoiced?|extra charge|hidden (?:fee|charge)s?|unauthori[sz]ed charge|wrong amount|charged|bill(?:ed)?|(?:took|taken|debited|deducted|withdrew|withdrawn) (?:£|\\$|€)\\s?\\d[\\d,.]*|(?:took|taken|debited|deducted) (?:money|payment|a payment) (?:from|out of) (?:my|our) (?:card|account|bank))\\b",
      // a subscription or trial that became a payment without a word: "auto-renewed without warning"
      "\\b(?:(?:auto-?)?renew(?:ed|s|al)|rolled over|(?:free )?trial (?:turned|converted|rolled|changed) (?:in)?to (?:a )?paid(?: \\w+)?)\\b[^.!?\\n]{0,40}?\\bwithout (?:any |a )?(?:warning|notice|reminder|notification|e-?mail|telling (?:me|us)|asking(?: (?:me|us))?)\\b",
      // "charging me £40 for three hours", "had to pay again at the booth", "took the full amount from my card", "bills us for every email"
      "\\b(?:charging (?:me|us)|(?:bills|charges) (?:me|us) (?:for (?:every|each|all|any)|extra)|(?:had|have|made (?:me|us)|make (?:me|us)) to pay (?:again|twice|a second time)|paid (?:twice|again|two times)|(?:took|taken|kept|charged|taking) (?:the |my |our )?(?:full|whole|entire) (?:amount|price|fare|fee|cost|balance|payment))\\b",
    ],
    step: { kind: 'money', what: 'the charges' },
    acknowledge: [
      'I understand how worrying an unexpected charge is.',
      'I can see why the charge does not look right to you.',
    ],
    nextSteps: [
      'I will review the charges{ref} today and, if anything was billed in error, refund the difference within 2 business days.',
      'I will go through your billing{ref} line by line today and email you a breakdown by tomorrow, with any correction already made.',
    ],
    publicNextSteps: ['Our billing team will review the charges and correct any error as soon as you contact us.'],
    onApp: storeAnswer(['I understand how worrying an unexpected charge is.', 'I can see why the charge does not look right to you.'], 'charge', 'the charges'),
  },
  {
    id: 'refund',
    // (said after "sorry about": not "your refund", as if the refund were the trouble)
    label: 'having to ask for your money back',
    examples: {
      hits: ['I want a refund.', 'The refund still has not come through after three weeks.', 'I returned the boots on 3 March and I still have not received my money.'],
      misses: ['My parcel still has not arrived.', 'No refund offered, just a voucher.', 'No refund needed, they fixed it on the spot.'],
    },
    patterns: [
      "\\b(?:refund(?:ed|s)?(?! (?:needed|required|necessary|wanted)\\b)|(?:money|deposit) back|reimburse(?:ment|d)?|chargeback|return(?:ed)? (?:it|the item|my order) (?:and|but))\\b",
      // the money that has not come back yet (so it is no delivery to trace)
      "\\b(?:refund|money|reimbursement)\\b[^.!?\\n]{0,30}?\\b(?:still )?(?:has not|hasn'?t|have not|haven'?t|never|not yet|did not|didn'?t) (?:come through|come back|arrived|shown up|been (?:paid|processed|credited)|come)\\b",
      // said the other way round: "I still have not received my money", "where is my refund?"
      "\\b(?:(?:not|never|haven'?t|have not|hasn'?t|has not|didn'?t|did not) (?:yet |even |actually )?(?:received|got|gotten|seen|had) (?:my|our|the|any|a) (?:money|refund|reimbursement|deposit)|where(?:'s| is) (?:my|our) (?:money|refund|deposit))\\b",
    ],
    overrides: ['late-delivery'],
    step: { kind: 'money', what: 'your refund' },
    acknowledge: [
      'I understand you want your refund sorted out quickly.',
      // (not "you have been waiting": they may only now be asking)
      'I understand that getting your money back matters, and I want to sort it out for you quickly.',
    ],
    // asked for now: looked at, with an answer (no refund under way to "process" or give "the status" of)
    nextSteps: [
      'I will look at your refund request{ref} today and email you by tomorrow with the outcome and, if it is agreed, when the money will reach your account.',
      'I will review your request for a refund{ref} today and reply by tomorrow with a clear answer and, if it is agreed, when to expect the money.',
    ],
    publicNextSteps: ['We will look into your refund request as soon as you get in touch.'],
    // a refund already agreed or under way that has not come: its status checked
    variant: {
      cue: "\\b(?:(?:promised|agreed|approved|offered|told|issued|processed|confirmed)\\b[^.!?\\n]{0,20}?\\brefund|refund\\b[^.!?\\n]{0,60}?\\b(?:still|not yet|yet to|hasn'?t|has not|haven'?t|have not|never (?:came|arrived|showed)|did not|didn'?t|was (?:promised|agreed|approved|issued|processed)|pending|in progress)|(?:where(?:'s| is)|still waiting (?:for|on)|waiting for) (?:my|our|the) (?:refund|money)|(?:not|never|haven'?t|have not|hasn'?t|has not|didn'?t|did not) (?:yet |even |actually )?(?:received|got|gotten|seen|had) (?:my|our|the|any|a) (?:money|refund|reimbursement|deposit)|(?:returned|sent back|send back)\\b[^.!?\\n]{0,60}?\\b(?:still|not yet|haven'?t|have not|never)\\b)",
      acknowledge: [
        'I understand you want your refund sorted out quickly.',
        // (not "you have been waiting": they may only now be asking)
        'I understand that getting your money back matters, and I want to sort it out for you quickly.',
      ],
      nextSteps: [
        'I will check the status of your refund{ref} today and confirm the exact date it reaches your account by tomorrow.',
        'I will find out today where your refund{ref} has got to, and by tomorrow I will email you the date it reaches your account.',
      ],
      publicNextSteps: ['We will confirm the status of your refund as soon as you get in touch.'],
    },
    onApp: storeAnswer(['I understand you want your money back.'], 'refund', 'your refund'),
  },
  {
    // money back asked for and refused, or a voucher or credit offered instead (not one agreed and slow to come):
    // the reply promises a second look and a clear answer, not the money
    id: 'refund-refused',
    label: 'your refund request',
    examples: {
      hits: [
        'I ask for refund but they say only credit.',
        'The agent now says there is a £450 deduction for cleaning from our deposit.',
        'No refund offered, just a voucher.',
        'They refused to give me a refund.', 'The airline would only give us credit, not our money back.', "They won't refund me even though the show was called off."],
      misses: ['The refund still has not come through after three weeks.', 'They gave me a full refund straight away.', 'I want a refund.'],
    },
    patterns: [
      "\\b(?:no refunds? (?:was |were )?(?:offered|given|available|possible|allowed)|refused (?:to (?:give|offer|issue|process) (?:me |us )?(?:a |any |my |our )?)?(?:refunds?|money back)|(?:won'?t|will not|wouldn'?t|would not|refuse to|refuses to|refused to|can'?t|cannot|couldn'?t|could not) (?:give (?:me |us )?(?:a |any |my |our )?refunds?|refund (?:me|us|my|our|the|it)|give (?:me |us )?(?:my |our |the )?money back)|(?:only|just) (?:offered|gave|give|offer|giving|offering) (?:me |us )?(?:a |an )?(?:voucher|credit|store credit|gift card|coupon|rebooking)|(?:voucher|credit|store credit|gift card) instead of (?:a |my |our )?(?:refund|money back|cash))\\b",
      // "I ask for refund but they say only credit"
      "\\brefund\\b[^.!?\\n]{0,40}?\\b(?:only|just) (?:a |an )?(?:credit|voucher|store credit|gift card|coupon)s?\\b",
      // money kept back from a deposit: "a £450 deduction for cleaning", "they withheld part of our deposit"
      "(?:\\b(?:(?:deduct(?:ed|ing)?|withh(?:eld|olding)|kept|keeping|taking|took) (?:\\w+ ){0,4}?(?:from|of|out of) (?:my|our|the) (?:\\w+ )?deposit|deposit\\b[^.!?\\n]{0,60}?\\b(?:deductions?|deducted|withheld|kept back)|deduction of (?:£|\\$|€))|(?:£|\\$|€)\\s?\\d[\\d,.]* deduction)\\b",
    ],
    overrides: ['refund'],
    // (the refund they are still waiting for is the one refused: one matter, answered once)
    supersedes: ['refund'],
    step: { kind: 'money', what: 'your refund' },
    acknowledge: [
      'I understand you expected your money back, and I can see why the answer you were given was not good enough for you.',
      'I can see why you were unhappy with the answer you got about a refund, and I would like to look at it again.',
    ],
    nextSteps: ['I will review your refund request{ref} myself today and email you by tomorrow with a clear answer and the reasons for it.'],
    publicNextSteps: ['We would like to look at your refund request again.'],
    onApp: storeAnswer(['I can see why you were unhappy with the answer you got about a refund.'], 'refund', 'your refund'),
  },
  {
    id: 'wait-time',
    label: 'the long wait',
    examples: {
      hits: [
        'We waited over an hour for our food.',
        'The electrician turned up three hours late.',
        'Our flight was delayed five hours.',
        'The dentist was running 50 minutes behind.',
        'We were told to wait at the bar for 45 minutes.',
        'We had to stand around for twenty minutes.',
        'The food used to be great but the service was slow.',
        'Lovely little place. Wait for a table was 50 minutes though.',
      ],
      misses: ['My package is late.', 'We stood around for 10 minutes chatting with the lovely owner.'],
    },
    patterns: [
      "\\b(?:(?:waited|waiting|wait|on hold|in (?:the )?queue|in line) (?:for )?(?:over |more than |almost |nearly |about )?(?:an? |\\d+ |one |two |three |forty |thirty |twenty )?(?:hour|hours|minutes|mins|hrs|ages|forever)|long wait|waited forever|slow service|service (?:was|is|has been|were) (?:so |very |really |painfully |incredibly |extremely |far too |too )?slow|(?:check-?in|check-?out|it|everything|service) took (?:over |more than |almost |nearly |about )?(?:an? |\\d+ |one |two )?(?:hour|hours|minutes|mins)|(?:seated|served|seen|started|called in|taken in|(?:food|meal|dishes|drinks|starters|mains|table) (?:came|arrived|was ready)) (?:\\w+ ){0,3}?(?:an? |\\d+ |one |two |forty |thirty |twenty )?(?:hour|hours|minutes|mins) late|took (?:forever|ages|too long)|wait(?:ing)? times?|kept us waiting|on hold|wait (?:was|is|time was) (?:so |too |very |really )?long|(?:waited|waiting) (?:so |too |very |really )?long)\\b",
      // the words between: "wait at the bar for 45 minutes", "stand around for twenty minutes"
      "\\b(?:wait|waited|waiting|(?:had to|have to|left to|were left|was left|made to|forced to|kept) (?:stand|standing|stood)) (?:around |about )?(?:\\w+ ){0,4}?for (?:over |more than |almost |nearly |about |another |a good |a further |at least )?(?:an? |half an? |\\d+ |one |two |three |four |five |ten |fifteen |twenty |twenty-five |thirty |forty |forty-five |fifty |ninety )(?:hour|hours|minutes|mins|hrs)\\b",
      // the wait named, then how long: "the wait for food was 40 minutes", "a 40-minute wait for a table"
      "\\b(?:(?:wait|waiting time|wait time|queue)\\b (?:for (?:\\w+ ){1,3}?)?(?:was|is|took|lasted|of) (?:over |more than |almost |nearly |about |around |at least |a good )?(?:an? |half an? |\\d+ |one |two |three |four |twenty |thirty |forty |forty-five |fifty |ninety )(?:hour|hours|minutes|mins|hrs)|(?:\\d+|twenty|thirty|forty|forty-five|fifty|ninety|two|three)[- ](?:minute|min|hour|hr)s?[- ](?:wait|queue))\\b",
      // a clinic or salon running behind its appointments
      "\\b(?:running|ran|was|were) (?:over |about |nearly |almost )?(?:an? |\\d+ |one |two |forty |thirty |twenty |fifty )?(?:hour|hours|minutes|mins)? ?(?:behind|late)(?: (?:schedule|with (?:appointments|everything)))?\\b(?<!(?:was|were) late)",
      // the tradesperson, guide or therapist who came late kept the customer waiting: no parcel to trace
      "\\b(?:electrician|plumber|engineer|technician|builder|contractor|fitter|installer|cleaner|handyman|painter|gardener|locksmith|mechanic|guide|instructor|teacher|therapist|stylist|barber|doctor|dentist|nurse|photographer)s?\\b[^.!?\\n]{0,20}?\\b(?:turned up|showed up|arrived|came|was|were|started|ran)\\b (?:\\w+ ){0,3}?late\\b",
      // a flight, train or tour that left late kept people waiting too
      "\\b(?:flight|train|bus|coach|ferry|departure|boarding|tour)s? (?:was |were |got |had been |is )?(?:delayed|(?:\\w+ ){0,2}?late)\\b",
    ],
    overrides: ['late-delivery'],
    step: { kind: 'look-into', what: 'why you had to wait so long' },
    acknowledge: [
      'Waiting that long is not acceptable, and I am sorry we kept you waiting.',
      'I understand how frustrating a long wait is, and I am sorry for the time it cost you.',
    ],
    nextSteps: [
      'I will look into why the wait was so long this week and let you know what we are changing.',
      'I will find out what held things up and get back to you within one business day.',
    ],
  },
  {
    id: 'quality',
    label: 'the quality',
    examples: {
      hits: [
        'Poor quality, the jacket fell apart after one wash.',
        'The quality has gone downhill.',
        'It feels cheap and flimsy.',
        'What arrived was half the size of the picture and the roses were already wilting.',
      ],
      misses: ['The hotel pool was much smaller than the photos.', 'The pizza was cold.', 'Great quality, fast shipping!', 'The best cake we have ever tasted!', 'Cheap prices and friendly staff.'],
    },
    patterns: [
      // "quality" and "tasted" alone are no complaint ("great quality", "the best cake we ever tasted"): only said badly
      "\\b(?:(?:poor|low|bad|terrible|awful|shoddy|cheap|inferior|questionable|inconsistent|dreadful|horrible|disappointing|mediocre) quality|quality (?:control|(?:is|was|has|have|had)(?: \\w+){0,2}? (?:poor|low|bad|terrible|awful|shoddy|gone down|gone downhill|dropped|declined|slipped|disappointing|worse|not (?:good|great|what it was)))|cheaply made|(?:looks|feels|felt|looked) cheap|cheap (?:material|materials|plastic|fabric|stitching|build|junk|rubbish)|flimsy|fell apart|falls apart|ripped|tore|wore out|worn out|not as described|not as (?:advertised|pictured)|(?:cold|stale|undercooked|overcooked|burnt|bland|soggy|raw) (?:food|meal|pizza|fries|coffee|burger|dish)|food was (?:cold|stale|bland|awful|terrible|undercooked|overcooked)|tasted (?:bad|awful|off|old|stale|funny|weird|strange|horrible|disgusting|terrible|like cardboard|of nothing|like nothing)|tastes (?:bad|awful|off)|broke after|stopped working after)\\b",
      // flowers past their best, and goods smaller than their picture
      "\\b(?:(?:wilting|wilted|drooping|droopy|dead|dying|limp|browning) (?:flowers|roses|tulips|lilies|blooms|bouquet|stems|petals|plants?)|(?:flowers|roses|tulips|lilies|bouquet|blooms|stems|petals|plants?)\\b[^.!?\\n]{0,30}?\\b(?:wilting|wilted|drooping|dead|dying|died|limp|browning|turned brown)|(?:(?:half|a third|a quarter|a fraction) (?:of )?the size (?:of|in|shown in|on) the (?:picture|photo|photos|pictures|image|images|website|listing|advert)|(?:nothing like|much smaller than|smaller than|different (?:from|to|than)) (?:the|in the) (?:picture|photo|photos|pictures|image|images|listing|advert))(?<=\\b${GOODS_CUE}\\b[^.!?\\n]{0,160}))\\b",
    ],
    step: { kind: 'send', what: 'a replacement for the item that fell short' },
    acknowledge: [
      'I am sorry the quality was not what you expected from us.',
      'You expected better from us, and I understand why you are disappointed with the quality.',
    ],
    nextSteps: [
      'I will replace it{ref} free of charge or refund you in full, whichever you prefer, and pass your notes to our quality team this week.',
      'I would like to make this right with a replacement or a full refund; reply with your preference and I will arrange it the same day.',
    ],
    publicNextSteps: ['We would like to make this right with a replacement or refund.'],
  },
  {
    id: 'cancellation',
    label: 'the cancellation',
    examples: {
      hits: ['Please cancel my account.', 'I asked to cancel my subscription three times.', 'Please cancel my subscription.'],
      misses: ['The gym cancelled my class twice with no notice.'],
    },
    // a plain request to cancel: confirmed, with no apology for trouble nobody mentioned
    request: true,
    patterns: [
      // (not "please cancel this fine": a charge notice disputed is the disputed-fine topic's)
      "\\b(?:cancel(?:l?ed|l?ing|lation|s)?(?! (?:this|the|that|my|our|a) (?:\\w+ )?(?:fine|penalty|pcn|charge notice|parking charge|ticket)\\b)|unsubscribe|close my account|stop (?:the|my) subscription|keep(?:s)? charging)\\b",
    ],
    acknowledge: ['I understand you would like to cancel, and I am sorry to see you go.'],
    nextSteps: ['I will make sure your cancellation{ref} is handled, and you will have written confirmation by email within one business day, including the date it takes effect.'],
    // they asked before, were still charged, or could not cancel: the trouble is heard
    variant: {
      cue: "\\b(?:again|still|already|twice|(?:two|three|four|five|several|many|multiple|\\d+) times|keeps? charging|kept charging|tried (?:to|and tried to) cancel|trying to cancel|(?:can'?t|cannot|couldn'?t|could not|won'?t let (?:me|us)|wouldn'?t let (?:me|us)|unable to) (?:cancel|unsubscribe|close)|asked (?:\\w+ ){0,3}?to cancel|no (?:reply|response|confirmation)|ignored|chas(?:e|ed|ing))\\b",
      request: false,
      acknowledge: [
        'I understand you want the cancellation handled without any more hassle.',
        'I can see the cancellation has not gone as smoothly as it should have.',
      ],
      nextSteps: [
        'I will confirm the cancellation{ref} today and email you written confirmation, and no further charges will be made.',
        'I will make sure the cancellation{ref} is completed today and send you confirmation by email by the end of the day.',
      ],
      publicNextSteps: ['We will make sure the cancellation is completed and confirmed to you in writing.'],
    },
  },
  {
    // the business called it off: a class, an appointment, a booking (not a customer's cancellation to process)
    id: 'we-cancelled',
    label: 'the cancelled booking',
    examples: {
      hits: [
        'My German course level B1 was cancelled one week before starting.',
        'The workshop on the 14th has been cancelled due to low numbers.',
        'Oh wonderful, another ferry cancelled with no warning.',
        'The gym cancelled my class twice with no notice.',
        'My appointment was cancelled at the last minute.', "My daughter's maths tutor cancelled three sessions in a row.", 'Our photographer called off the shoot the day before.'],
      misses: ['Your appointment on Thursday has been cancelled as requested.', 'Our records show the subscription was cancelled on the 3rd.', 'We cancelled our reservation two days ahead.', 'Please cancel my account.', 'I cancelled my sessions with the tutor because I moved.'],
    },
    patterns: [
      "\\b(?:you|they|the (?:gym|studio|salon|spa|hotel|airline|restaurant|venue|clinic|surgery|shop|store|company|team|instructor|teacher|host|organi[sz]ers?))\\b (?:\\w+ ){0,2}?(?:cancell?ed|called off)\\b",
      // the person the customer booked: "my daughter's maths tutor cancelled three sessions"
      "\\b(?:the|my|our|her|his|their) (?:\\w+(?:'s|’s)? ){0,2}?(?:tutor|coach|trainer|personal trainer|teacher|instructor|therapist|dentist|doctor|vet|photographer|caterer|dj|band|driver|guide|stylist|hairdresser|barber|cleaner|nanny|babysitter|dog walker|physio|physiotherapist|counsellor|counselor|consultant)s?\\b (?:\\w+ ){0,2}?(?:cancell?ed|called off)\\b",
      "\\b(?:class|classes|appointment|booking|reservation|flight|tour|lesson|session|event|trip|table|course|workshop|retreat|concert|performance|sailing|crossing|ferry|match|treatment)\\b (?:(?:(?:(?:on|for|at|in) the |(?!(?:the|a|an|my|our|your|their|his|her|and|but|that|which|so|because)\\b))\\w+ ){0,3}?(?:was|were|got|has been|had been)|(?:is|are) (?:being )?) (?:\\w+ ){0,2}?cancell?ed\\b(?! by (?:me|us)\\b| because (?:I|we|my|our)\\b| as (?:I |we )?requested\\b| at (?:my|our) request\\b)",
      "\\bcancell?ed (?:\\w+ ){0,4}?(?:at (?:short|the last) (?:notice|minute)|with(?:out)? (?:no |any )?(?:notice|warning|explanation)|with (?:only |just )?(?:an?|one|two|\\d+) (?:hour|hours|day|days|minutes)(?:'s|’s|'|’)? notice|last[- ]minute)\\b",
    ],
    overrides: ['cancellation'],
    step: { kind: 'look-into', what: 'why your booking was cancelled', also: 'be in touch to rebook you at a time that suits you' },
    acknowledge: [
      'I am sorry we cancelled on you; you had made plans around it, and you deserved proper notice.',
      'Having a booking cancelled at short notice is disruptive, and I am sorry we did that to you.',
    ],
    nextSteps: ['I have asked the team to look at why this happened, and I will be in touch this week to rebook you at a time that suits you.'],
    withRefund: ['I have asked the team to look at why this happened, and I will come back to you this week with what we found.'],
    publicNextSteps: ['We are looking at why this happened, and we would like to rebook you at a time that suits you.'],
  },
  {
    // a booking we lost, doubled or gave away: a table, a room, an appointment (one we called off is we-cancelled)
    id: 'booking-mixup',
    sites: 'not-app',
    label: 'the mix-up with your booking',
    examples: {
      hits: [
        'When we arrived they had no record of the booking.',
        'The booking system double-booked our table.',
        'They gave our table away even though we were only five minutes late.',
        'The hotel was overbooked and we were sent to another hotel.',
        'The salon could not find my appointment.',
        'The meeting room I booked was given to someone else twice.',
        'We booked a table for 8pm but they had no record of it.',
      ],
      misses: ['The gym cancelled my class twice with no notice.', 'Booking was easy and the table was ready.', 'We double-checked the booking and it was all fine.'],
    },
    patterns: [
      "\\b(?:no record of (?:my|our|the|a|any|this) (?:\\w+ )?(?:booking|reservation|appointment|table|room|ticket)s?|double[- ]?booked|overbooked|over-booked|(?:gave|given|giving|let) (?:our|my|the) (?:table|room|seats?|slot|appointment|booking|reservation|spot|place) (?:away|to (?:someone|somebody|another|other))|(?:could(?:n'?t| not)|can'?t|cannot|were unable to|was unable to) find (?:my|our|the) (?:booking|reservation|appointment)|(?:booking|reservation|appointment) (?:was|had been|got|has been) (?:lost|deleted|wiped|never (?:made|entered|put through|recorded))|(?:booking|reservation|appointment) (?:wasn'?t|was not|was never|had never been) (?:on|in|into) (?:the|their|your) (?:system|book|diary|list))\\b",
      // "we booked a table for 8pm but they had no record of it"
      "\\b(?:booked|reserved|booking|reservation)\\b[^.!?\\n]{0,80}?\\bno record of (?:it|us|me|them|our names?|my name)\\b",
      // "the meeting room I booked was given to someone else"
      "\\b(?:table|room|desk|seats?|slot|appointment|booking|reservation|court|pitch|lane|space|spot|place|cabin|berth|class|session)\\b[^.!?\\n]{0,40}?\\b(?:was|were|had been|got|been) (?:given|sold|let|handed) (?:away |out )?to (?:someone|somebody|another|other)\\b",
    ],
    step: { kind: 'look-into', what: 'how your booking went astray', also: 'make sure your next booking is confirmed in writing' },
    acknowledge: [
      'I am sorry your booking was not in place when you arrived; you had planned around it and should have found everything ready.',
      'Arriving to find the booking you had made was not there is stressful, and I am sorry for the muddle it caused.',
    ],
    nextSteps: ['I am checking this week how your booking went astray; if you reply with the date and time, I will tell you what happened and make sure your next booking is confirmed in writing.'],
    publicNextSteps: ['We are looking into how the booking went astray.'],
  },
  {
    // a room, a table or a neighbour too loud: the visit was spoiled, nothing to ship or refund
    id: 'noise',
    sites: 'not-app',
    label: 'the noise',
    examples: {
      hits: [
        'The room was so noisy we could not sleep.',
        'Music was too loud to talk.',
        'Room 412 is directly above the nightclub. Bass thumping until 3am both nights.',
        'The walls are paper thin and we could hear every word from next door.',
        'We were kept awake by noise until 3am.',
      ],
      misses: ['The car makes a weird noise since you repaired it.', 'Loud and clear, thanks!', 'The band played until midnight and it was brilliant.', 'We could hear the waves from our balcony.'],
    },
    patterns: [
      // noise as such, not a machine's "weird noise" (a repair, not a quiet room)
      "\\b(?:noisy|loud music|(?:so|too|really|very|extremely) loud|thin walls|could(?:n'?t| not) (?:sleep|hear (?:each other|ourselves))|kept (?:us|me) (?:awake|up all night)|party next door|(?:constant|construction|street|traffic|building) noise|noise (?:from|next door|outside|in the (?:room|hallway|corridor|restaurant)))\\b",
      // described, not named: "bass thumping until 3am", "walls are paper thin", "could hear every word next door"
      "\\b(?:(?:thumping|pounding|booming|blaring) (?:bass|music)|(?:kept|were kept|was kept|been kept) awake|(?:bass|music|noise|drilling|banging|hammering|shouting|screaming|barking|karaoke)(?: \\w+)? (?:thumping|pounding|booming|blaring|going|banging)?(?: \\w+)? (?:until|till|til|past|after) (?:\\d{1,2}(?::\\d\\d)? ?(?:am|a\\.m\\.|in the morning)|(?:one|two|three|four|five|six) (?:am|in the morning|o'?clock)|the early hours|dawn|daybreak)|walls? (?:are|were|is|was) (?:so |very |really |too |incredibly )?(?:paper[- ])?thin|paper[- ]thin walls?|could hear (?:every(?:thing| word| sound| footstep| conversation)|(?:the |our )?(?:people|couple|neighbours|neighbors|guests|family|kids|children|party|tv|television|snoring) (?:next door|upstairs|downstairs|above us|below us|in the next room|through the walls?)))\\b",
    ],
    step: { kind: 'look-into', what: 'what caused the noise' },
    acknowledge: [
      'I am sorry the noise spoiled your time with us; that is not the experience we want anyone to have.',
      'Noise like that makes it hard to relax, and I am sorry it got in the way of your visit.',
    ],
    nextSteps: ['I have asked the team to look at what caused it this week, so we can keep it down for our guests, and I will let you know what we change.'],
    publicNextSteps: ['We are looking at what caused the noise, and we would like the chance to give you a quieter visit.'],
  },
  {
    // something of the customer's that we lost: a coat, luggage, dry cleaning (a parcel in transit is a delivery)
    id: 'lost-item',
    sites: 'not-app',
    label: 'your lost belongings',
    examples: {
      hits: ['The airline lost my luggage.', 'They lost my dry cleaning.', 'My suitcase did not come off the carousel.', 'Our bags never arrived in Rome.'],
      misses: ['The parcel got lost in the post.', 'I lost my patience with your support.', 'Our bags arrived quickly and the crew were lovely.'],
    },
    patterns: [
      "\\b(?:lost|misplaced|mislaid) (?:my|our|her|his) (?:\\w+ ){0,2}?(?:luggage|bags?|suitcases?|coat|jacket|dry cleaning|laundry|keys|phone|wallet|belongings|clothes|shirts?|dress|suit|glasses|ring|watch)\\b",
      // bags that did not come off the flight: "my suitcase did not come off the carousel", "our bags never arrived"
      "\\b(?:luggage|baggage|bags?|suitcases?|cases)\\b[^.!?\\n]{0,20}?\\b(?:did not|didn'?t|never|has not|hasn'?t|have not|haven'?t|still hasn'?t|still haven'?t) (?:come off|come through|arrive|arrived|turn up|turned up|show up|shown up|make it|made it|appear|appeared)\\b",
    ],
    // (luggage that "never arrived" is no parcel to trace)
    overrides: ['late-delivery'],
    // (not "we lost it": a bag that did not come off a flight may yet turn up)
    step: { kind: 'trace', what: 'search for your belongings' },
    acknowledge: [
      'I am sorry your belongings did not come back to you; I know how worrying and frustrating that is.',
      'Being without something you trusted us with is stressful, and I am sorry.',
    ],
    nextSteps: ['I have asked the team to search for it today, and I will let you know by tomorrow what we found and, if it cannot be found, how we will make it right.'],
    publicNextSteps: ['We are searching for it and would like to sort this out with you directly.'],
  },
  {
    // a salon, barber, nail or tattoo studio: the result itself came out wrong (nothing to ship back)
    id: 'treatment-result',
    sites: 'not-app',
    label: 'how it turned out',
    examples: {
      hits: [
        'I asked for a soft honey blonde and came out looking orange.',
        'I want a full refund for my haircut today or I will be leaving a one star review. It is completely uneven and nothing like the picture I showed.',
        'My haircut was completely uneven.',
        'The colour came out orange instead of blonde.', 'The toner left my hair grey-purple.', 'The tailor shortened my dress far too much.'],
      misses: ['I asked for a trim and came out looking ten years younger.', 'The cake was nothing like the picture I showed them.', 'The shirt colour is nothing like the photo.', 'There was a hair in my soup.', 'My hair went grey years ago and she made it look so natural.'],
    },
    patterns: [
      "\\b(?:haircut|hair|fringe|bangs|highlights|balayage|nails|manicure|pedicure|tattoo|facial|brows|eyebrows|lashes|beard|perm|extensions)\\b[^.!?\\n]{0,40}?\\b(?:uneven|wonky|patchy|brassy|orange|green|too short|ruined|butchered|botched|not what I (?:asked|wanted))\\b",
      // a colour alone may be a shirt's: only one that "came out" a hair colour's way
      "\\bcolou?r (?:came out|turned out|went|was left) (?:\\w+ ){0,2}?(?:orange|green|brassy|patchy|uneven|too dark|too light)\\b",
      "\\b(?:did not|didn'?t|never) listen(?:ed)? to what I (?:asked|wanted)\\b",
      // asked for one thing, came out with a colour gone wrong: "asked for a soft honey blonde and came out looking orange"
      "\\basked for\\b[^.!?\\n]{0,60}?\\b(?:came out|walked out|left|ended up|went home)\\b (?:\\w+ ){0,2}?(?:orange|green|brassy|yellow|grey|gray|purple|patchy|streaky|blotchy|bald|with (?:a )?(?:bald patch|orange|green|patchy|uneven))\\b",
      // the cut or colour nothing like the picture they showed (a cake like that is the custom order's)
      "\\b(?:haircut|hair|cut|colou?r|fringe|bangs|highlights|balayage|nails|tattoo|brows|eyebrows|lashes|beard)\\b[^\\n]{0,160}?\\bnothing like (?:the|my) (?:picture|photo|pic|reference|inspiration|example)s? (?:I|we) (?:showed|brought|gave|sent)\\b",
      // an alteration gone wrong: "shortened my dress far too much", "took the trousers in too tight"
      "\\b(?:shortened|hemmed|took (?:\\w+ ){0,3}?(?:in|up)|taken (?:in|up)|let (?:\\w+ ){0,3}?out|altered|tapered|cropped)\\b[^.!?\\n]{0,30}?\\b(?:(?:far |way |much |a lot |slightly |a bit )?too (?:much|short|long|tight|loose|far|narrow|wide)|wrong(?:ly)?|unevenly|crooked|wonky)\\b",
      // what the colour did to the hair: "the toner left my hair grey-purple" (not hair that went grey with age)
      "\\b(?:left|turned|made|dyed|coloured|colored|toned|bleached) (?:my|her|his|their|our) (?:\\w+ )?(?:hair|roots|ends|fringe|highlights|balayage|blonde)\\b (?:\\w+ ){0,2}?(?:orange|green|grey|gray|purple|yellow|brassy|patchy|uneven|streaky|blotchy|muddy|too dark|too light|fried|frazzled|like straw)\\b",
    ],
    overrides: ['quality'],
    step: { kind: 'put-right', what: 'put the result right' },
    acknowledge: [
      'I am sorry it did not turn out the way you asked for; you should leave us happy with the result.',
      'You trusted us with this and the result was not what you wanted, and I am sorry.',
    ],
    nextSteps: ['If you reply with a time that suits you, I will book you in this week to put it right at no charge.'],
    publicNextSteps: ['We would like to put it right at no charge, so please get in touch and we will book you in.'],
    // (asked for their money back, they are not offered another appointment in its place)
    withRefund: ['I am also asking the team what went wrong with the result, so it does not happen again.'],
  },
  {
    // a booked visit nobody came to: the plumber, the cleaner, the driver (an order that never came is a delivery)
    id: 'no-show',
    sites: 'not-app',
    label: 'the missed appointment',
    examples: {
      hits: ['Booked a plumber, he never showed up.', 'Nobody came to fit the blinds.'],
      misses: ['My package never showed up.'],
    },
    patterns: [
      "\\b(?:he|she|nobody|no one|(?:the |our |your )?(?:electrician|plumber|engineer|technician|builder|contractor|fitter|installer|cleaner|handyman|painter|gardener|locksmith|mechanic|guide|instructor|teacher|tutor|therapist|stylist|barber|photographer|driver|chauffeur|taxi|cab|movers?|removal (?:men|team)|crew|team|inspector|surveyor)s?)\\b[^.!?\\n]{0,20}?\\b(?:never|didn'?t|did not|failed to|could(?:n'?t| not) be bothered to) (?:show(?:ed)?|turn(?:ed)?) up\\b",
      "\\b(?:nobody|no one) (?:came|showed up|turned up)\\b",
      "\\b(?:no[- ]show(?:ed)?|stood (?:us|me) up)\\b",
    ],
    overrides: ['late-delivery'],
    step: { kind: 'put-right', what: 'make the visit we missed' },
    acknowledge: [
      'I am sorry nobody came when we had agreed; you set that time aside for us, and we let you down.',
      'A missed appointment costs you time you had kept free, and I am sorry we neither turned up nor called.',
    ],
    nextSteps: [
      'I will call you today to rebook at the first time that suits you.',
      'I will find out what went wrong with your booking and offer you a new appointment within one business day.',
    ],
    publicNextSteps: ['We would like to rebook you at the first time that suits you.'],
  },
  {
    // our people damaged the customer's home or things while working there (goods that arrived broken are damaged-item)
    id: 'property-damage',
    sites: 'not-app',
    label: 'the damage to your home',
    examples: {
      hits: [
        'The movers scratched our floor.',
        'There are scuffs on our walls after the delivery.',
        'The mover dropped our TV and now the screen is cracked.',
        'One of the cleaners broke a vase on the mantelpiece.',
        'The installer left water all over the kitchen floor and it has warped the laminate.',
        'Kitchen fitters left the job half done, and the new worktop is scratched.',
        'Your engineer flooded my bathroom and the water came through the kitchen ceiling.',
      ],
      misses: ['The lamp arrived broken.', 'The driver damaged my parcel.', 'The shower flooded the bathroom every time we used it.'],
    },
    patterns: [
      "\\b(?:scratched|damaged|dented|broke|cracked|stained|chipped|scuffed|gouged|tore|ripped|smashed|flooded|marked|warped|ruined|soaked|burned|burnt|melted)\\b (?:our|my|the|a|an|his|her) (?:\\w+ )?(?:floors?|flooring|laminate|floorboards|skirting(?: boards?)?|walls?|doors?|door ?frames?|furniture|car|home|house|flat|apartment|carpets?|rugs?|kitchen|worktops?|counters?|countertops?|ceilings?|garden|fence|gate|tables?|chairs?|sofa|couch|lamps?|mirrors?|windows?|tiles?|bath|bathtub|paintwork|driveway|lawn|banisters?|stairs|staircase|piano|bed|wardrobe|cabinets?|cupboards?)\\b",
      // our people dropped or broke the customer's own things, and what came of it: "the mover dropped our TV and
      // now the screen is cracked" (one thing to repair or cover, not goods that reached them damaged)
      "\\b(?:dropped|knocked over|knocked off|broke|smashed|cracked|chipped|damaged|scratched)\\b (?:our|my|his|her|a|an|the) (?:\\w+ )?(?:tv|television|vase|ornaments?|pictures?|picture frames?|frames?|paintings?|glass(?:es)?|plates|dishes|china|lamp|mirror|monitor|computer|fridge|washing machine|dishwasher|boxes|belongings|things)\\b(?:[^.!?\\n]{0,40}?\\b(?:cracked|broken|smashed|shattered|dented|scratched|damaged|in pieces|not working|doesn'?t work|does not work))?",
      // our people, then the damage: "kitchen fitters left the job half done ... and the new worktop is scratched"
      "\\b(?:fitters?|installers?|builders?|movers|removal (?:men|team|crew)|cleaners?|painters?|decorators?|plumbers?|electricians?|workmen|tradesmen|engineers?|technicians?|carpet fitters?|joiners?|carpenters?)\\b[^\\n]{0,160}?\\b(?:our|my|the) (?:new |brand new )?(?:worktops?|counters?|countertops?|floors?|flooring|laminate|floorboards|walls?|doors?|door ?frames?|carpets?|kitchen|ceilings?|cabinets?|cupboards?|tiles?|bath|bathtub|skirting(?: boards?)?|paintwork|banisters?|stairs|staircase) (?:is|are|was|were|has been|have been|got|now|is now|are now) (?:\\w+ )?(?:scratched|damaged|chipped|cracked|dented|stained|scuffed|gouged|marked|burnt|burned|ruined)\\b",
      "\\b(?:damage|scratches|scuffs|marks|stains|dents|holes?)\\b (?:to|on|in) (?:our|my) (?:\\w+ )?(?:floors?|walls?|doors?|furniture|car|home|house|flat|apartment|carpets?|kitchen|ceilings?|garden|fence|paintwork|driveway)\\b",
      // a room of their home: "flooded my bathroom", "ruined our living room"
      "\\b(?:scratched|damaged|flooded|ruined|soaked|wrecked|stained|burned|burnt)\\b (?:our|my) (?:\\w+ )?(?:bathroom|bedroom|living room|sitting room|lounge|hallway|hall|landing|basement|cellar|loft|attic|garage|conservatory|utility room|dining room|en-?suite|shower room)\\b",
    ],
    overrides: ['damaged-item', 'facilities', 'worn-fittings'],
    step: { kind: 'damage', what: 'your home' },
    acknowledge: [
      'I am sorry for the damage to your home; that should never happen while we are working for you.',
      'Finding your things damaged after our visit is upsetting, and it is ours to put right.',
    ],
    nextSteps: [
      'If you send me a photo of the damage, I will confirm within one business day how we will repair it or cover the cost.',
      'I will arrange for someone to assess the damage this week, and we will repair it or pay for the repair.',
    ],
    // (in public, nothing that admits fault or promises to pay before anyone has seen it)
    publicNextSteps: ['We would like to see the damage and talk with you about how to put it right.'],
  },
  {
    // our people damaged the customer's car: a car wash, a valet, a garage (a car bought or hired is not this)
    id: 'vehicle-damage',
    sites: 'not-app',
    label: 'the damage to your car',
    requires: `\\b${CAR_CUE}\\b`,
    examples: {
      hits: ['I paid for an express car wash and they scratched the bonnet with the brushes.', 'The valet scratched my car.', 'My car came back from the garage with a dent in the door.'],
      misses: ['The painters scratched the door frame.', 'The rental car had a flat tyre.'],
    },
    patterns: [
      `\\b(?:scratched|damaged|dented|scuffed|chipped|cracked|smashed|broke|kerbed|curbed|hit|reversed into|scraped)\\b (?:my|our|the|his|her) (?:\\w+ )?${CAR_PART}\\b`,
      `\\b(?:car|vehicle|van|motorbike)\\b[^.!?\\n]{0,40}?\\b(?:came back|was returned|was handed back|came out)\\b[^.!?\\n]{0,30}? (?:with|covered in|full of) (?:a |an |new |fresh |two |three |several |some )?(?:\\w+ )?(?:scratch(?:es)?|dents?|scuffs?|chips?|cracks?|swirl marks|marks)\\b`,
    ],
    overrides: ['property-damage', 'damaged-item', 'worn-fittings', 'facilities'],
    step: { kind: 'damage', what: 'your car' },
    acknowledge: [
      'I am sorry your car was damaged while it was with us; it should come back to you exactly as you left it.',
      'Finding damage on your car after trusting it to us is upsetting, and I am sorry.',
    ],
    nextSteps: ['If you send me photos of the damage, I will confirm within one business day how we will repair it or cover the cost.'],
    publicNextSteps: ['We would like to see the damage and sort it out with you.'],
  },
  {
    // a repair or service that did not last: the car, the boiler, the laptop (not goods to replace)
    id: 'repair-failed',
    sites: 'not-app',
    label: 'the repair',
    examples: {
      hits: [
        'They repaired the boiler and a week later it broke down again.',
        'The tap is still leaking after the plumber fixed it.',
        'The plumber came Wednesday, charged £140 for an hour, and the pipe is dripping again this morning.',
        'Took my bike in for a gear service. Got it back and the chain slips worse than before.',
        'The boiler broke down again a week after your engineer repaired it.',
        'Paid £600 to fix the engine warning light. Drove away and it came back on before I got home.',
        "Came out to fix a leak under the kitchen sink, charged £120, and two days later it's leaking again.",
      ],
      misses: ['Paid £80 to fix the leak and it has been fine ever since.', 'They came out to fix the boiler the same day. Lovely engineer.', 'After they fixed it, it works great.', 'The tap is still leaking.', 'The plumber came on time and the tap has not dripped since.', 'Took my bike in for a service and got it back the same day, running perfectly.'],
    },
    patterns: [
      "\\b(?:said|told (?:me|us)|claimed|promised) (?:it was|it's|it is|it had been|they had|he had|she had|they'd|he'd|she'd) (?:fixed|repaired|sorted|resolved)\\b[^.!?\\n]{0,80}?\\b(?:again|still|next day|(?:a|one|two|three) (?:day|week)s? later|came (?:back|on)|same (?:problem|issue|fault|noise|leak))\\b",
      "\\b(?:fixed|repaired|serviced|mended)\\b[^.!?\\n]{0,60}?\\b(?:broke (?:down )?again|(?:is |was )?(?:still|already) (?:broken|leaking|not working|doing it|making (?:the|that|a) noise)|(?:fault|problem|issue|leak|noise) (?:came|is) back|came on again)\\b",
      "\\bsame (?:problem|issue|fault|noise|leak) (?:came back|is back|again|returned)\\b",
      // broke again, then the visit: "the boiler broke down again a week after your engineer repaired it"
      "\\b(?:broke(?: down)?|stopped working|(?:is |was |started )?(?:leaking|dripping|not working|playing up|tripping|making (?:the|that|a) noise)) again\\b[^.!?\\n]{0,60}?\\b(?:after|since) (?:you|they|he|she|the|your|our)\\b[^.!?\\n]{0,30}?\\b(?:fixed|repaired|serviced|mended|worked on|came (?:out|round))\\b",
      // the trouble named first: "still leaking after the plumber fixed it", "a weird noise since you repaired it"
      "\\b(?:still|again|weird|strange|new|worse)\\b[^.!?\\n]{0,40}?\\b(?:since|after) (?:you|they|he|she|the (?:\\w+ )?(?:mechanic|garage|plumber|engineer|technician|electrician|shop|repairman|fitter)) (?:fixed|repaired|serviced|mended|worked on)\\b",
      // taken in for a service or repair and no better on collection: "took my bike in for a gear service ... worse than before"
      "\\b(?:(?:took|brought|dropped off|put|sent) (?:my|our|the) (?:\\w+ ){0,2}?in for (?:a |an |the )?(?:\\w+ ){0,2}?(?:service|repair|fix|tune-?up|check|overhaul)|(?:got|picked|collected) (?:it|him|her|them|the \\w+|my \\w+) (?:back|up))\\b[^\\n]{0,120}?\\b(?:worse than (?:before|it was|ever)|still (?:broken|not working|slipping|leaking|making (?:the|that|a) noise|doing (?:it|the same))|same (?:problem|issue|fault|noise)|(?:not|never|wasn'?t|isn'?t|hasn'?t been) (?:been )?(?:fixed|repaired|sorted))\\b",
      // the visit, then the fault back: "the plumber came Wednesday ... and the pipe is dripping again"
      "\\b(?:plumber|engineer|technician|electrician|mechanic|garage|repairman|fitter|installer|handyman|roofer|builder|contractor)s?\\b[^.!?\\n]{0,60}?\\b(?:came|visited|attended|called round|came out|came round|was out|looked at it|worked on it|did the (?:job|repair|work))\\b[^.!?\\n]{0,100}?\\b(?:dripping|leaking|broken|broke(?: down)?|not working|stopped working|doing it|playing up|tripping|cutting out|blocked|flooding|making (?:the|that|a) noise) again\\b",
      // paid for, or came out for, a fix, and the fault back: "paid £600 to fix the warning light ... it came back on",
      // "came out to fix a leak ... two days later it's leaking again"
      "\\b(?:(?:paid|charged|pay|paying)\\b[^.!?\\n]{0,40}?|(?:came|come|called|went|were sent|was sent) (?:out|round|over) )to (?:fix|repair|sort(?: out)?|mend)\\b[^\\n]{0,120}?\\b(?:came back on|came on again|(?:broke(?: down)?|broken|leaking|dripping|not working|stopped working|doing it|playing up|tripping|cutting out|making (?:the|that|a) noise) again|still (?:broken|leaking|dripping|not working|doing it|the same)|same (?:problem|issue|fault|noise|leak))\\b",
    ],
    overrides: ['facilities', 'damaged-item', 'noise'],
    recurring: true,
    step: { kind: 'put-right', what: 'look at the repair again' },
    acknowledge: [
      'I am sorry the repair did not last; you paid for it to be fixed, not to have the same trouble again.',
      'Having the same fault come back after a repair is frustrating, and I am sorry.',
    ],
    nextSteps: ['I will book you in this week to look at it again at no charge, and I will check the first repair myself.'],
    publicNextSteps: ['We would like to look at it again at no charge.'],
  },
  {
    // work left undone: a bed not put back together, an appliance not connected, a job left half done
    id: 'unfinished-job',
    sites: 'not-app',
    label: 'the unfinished job',
    examples: {
      hits: [
        'They forgot to reassemble the bed, so we slept on the mattress on the floor.',
        'The fitter left without connecting the dishwasher.',
        'The builders left the job half done.',
        'They never came back to finish the tiling.',
        "Didn't even do the back ones we paid for.",
        "The builders left three weeks ago saying they'd be back 'next week' to finish the skirting and the painting. Nothing.",
      ],
      misses: [
        'They reassembled everything and left the place tidy.',
        'They forgot my fries again.',
        'I forgot to mention how friendly they were.',
        'I forgot to reassemble the bed myself.',
        'The app failed to connect to the server.',
        "They said they'd be back on Monday to finish the painting, and they were. Lovely job.",
      ],
    },
    patterns: [
      "\\b(?<!\\b(?:I|we) )(?:forgot|neglected|didn'?t bother|did not bother|never bothered|failed(?= to (?:re-?assemble|finish|complete|put))) to (?:re-?assemble|assemble|put (?:\\w+ ){0,2}?back|reconnect|connect|plumb in|install|fit|refit|hang|mount|finish|complete|set up|hook up|plug in|put (?:\\w+ ){0,2}?together|seal|grout)\\b",
      // parts not done at all: "didn't even do the back ones we paid for"
      "\\b(?<!\\b(?:I|we) )(?:didn'?t|did not|never) (?:even )?(?:do|finish|touch|paint|cover|mow|trim|wash|sand|seal) (?:the |our |my )?(?:\\w+ ){0,2}?(?:ones|bits|windows|rooms?|side|sides|back|backs|top|upstairs|downstairs|gutters|frames|sills|skirting|edges|corners|ceilings?|doors?|lawn|hedges?|fence|patio)\\b",
      "\\b(?:left (?:the job|the work|it|everything|us) (?:half[- ](?:done|finished)|unfinished|incomplete|undone)|left without (?:finishing|completing|connecting|fitting|assembling|reassembling|installing)|never (?:came|come) back to (?:finish|complete)|(?:job|work) (?:was |is |has been |still )?(?:left )?(?:unfinished|incomplete|half[- ](?:done|finished)))\\b",
      // a promise to come back and finish that was not kept: "left saying they'd be back next week to finish ... Nothing."
      "\\b(?:said|saying|promised|promising|told (?:me|us)|assured (?:me|us)) (?:that )?(?:they|he|she|you)(?:'?d| would|'?ll| will| were| was)? (?:be |come |coming )?back\\b[^.!?\\n]{0,40}?\\bto (?:finish|complete|do the rest)\\b[^\\n]{0,120}?\\b(?:nothing|never|still (?:not|waiting|nothing|no)|no sign|not heard|heard nothing|when (?:are|will) (?:you|they) (?:be )?(?:coming|come) back)\\b",
    ],
    overrides: ['missing-item'],
    step: { kind: 'put-right', what: 'finish the work' },
    acknowledge: [
      'I am sorry the job was left unfinished; you should not have been left to deal with the rest yourself.',
      'Being left with part of the work still to do is a real inconvenience, and I am sorry.',
    ],
    nextSteps: ['If you reply with a time that suits you, I will send someone back this week to finish it at no charge.'],
    publicNextSteps: ['We would like to send someone back to finish it at a time that suits you.'],
  },
  {
    // a pet hurt in our care: a groomer's nicks and cuts, a kennel, a vet. Their wellbeing comes first; the
    // reply asks after the animal and offers to talk, and says nothing in public that admits fault
    id: 'pet-injury',
    sites: 'not-app',
    label: 'your pet',
    // "his ears" are an animal's only where the message speaks of a pet, a groomer, kennels or a vet
    requires: `\\b${PET_CUE}\\b`,
    examples: {
      hits: [
        'The groomer left cuts on his ears.',
        'They cut my dog\'s ear while trimming.',
        'My dog came back from the groomer with nicks all over his legs.',
        'Our puppy was limping after a day at your daycare.',
        'My cat came home with a shaved patch that is now infected.',
        'The groomer nicked him three times.',
        'Our dog came back from boarding with kennel cough.',
        'My dog was sick after staying at your kennels.',
      ],
      misses: [
        'My dog came back so fluffy and happy.',
        'They cut my dog\'s hair far too short.',
        'The dog bed arrived torn.',
        'Our cat had an infection and the vet was fantastic.',
        'Our dog was limping and the vet sorted it quickly, brilliant!',
        'The vet found an infection in his ear and treated it, great service.',
      ],
    },
    patterns: [
      // a wound found on the pet: "left cuts on his ears", "there were nicks all over her legs"
      `\\b(?:left|gave (?:him|her|them|it)|found|noticed|discovered|there (?:was|were|are|is)) (?:\\w+ ){0,3}?${PET_WOUND}\\b`,
      // "cut his ear", "nicked my dog's paw", "hurt our puppy" (a dog's hair cut short is a grooming result, not harm)
      `\\b(?:(?:cut|nicked|burned|burnt|scalded|injured|hurt|wounded) (?:his|her|its|their|my|our|the) (?:\\w+(?:'s|’s)? )?(?:ears?|paws?|pads?|legs?|tail|skin|belly|face|eyes?|neck|nose)|(?:nicked|burned|burnt|scalded|injured|hurt|wounded) (?:him|her|them|(?:my|our|the) (?:\\w+ )?${PET}(?!'|’)))\\b`,
      // what came home with the pet: "my dog came back with nicks", "came back from boarding with kennel cough"
      `\\b${PET}\\b[^.!?\\n]{0,60}?\\b(?:came (?:back|home|out)|was returned|returned|got back|ended up|(?:we )?picked (?:him|her|them) up)\\b[^.!?\\n]{0,40}?${PET_HARM}\\b`,
      // harm that followed the stay: "the puppy was limping after a day at your daycare"
      `\\b${PET}\\b[^.!?\\n]{0,60}?\\b(?:was|were|got|is|has|had|has been|became|started)\\b[^.!?\\n]{0,40}?${PET_HARM}\\b[^.!?\\n]{0,30}?\\b${PET_STAY}\\b`,
    ],
    overrides: ['injury', 'damaged-item'],
    step: { kind: 'call', what: '' },
    acknowledge: [
      // (not "hurt": kennel cough or an upset stomach is no wound)
      'I am so sorry to hear about your pet; their wellbeing matters more to us than anything else. How are they doing now?',
      'I am very sorry to hear about this, and I hope your pet is recovering well. Please let us know how they are doing.',
    ],
    nextSteps: [
      'I would like to look into what happened and talk it through with you directly; if you reply with a good time and a number, I will call you today.',
    ],
    publicNextSteps: ['We would like to talk this through with you.'],
  },
  {
    // a person hurt or made unwell: a slip on a wet floor, a burn at the salon, the wrong medicine. Concern
    // first, a call, and what happened looked into (no money offered before it is); nothing in a public reply that admits fault
    id: 'injury',
    sites: 'not-app',
    label: 'what happened to you',
    examples: {
      hits: [
        'I slipped on the wet floor in the lobby.',
        'The stylist burned my scalp with the bleach.',
        'My son fell down the stairs by the pool.',
        'The pharmacy gave me the wrong dosage of my medication.',
        'After the dental clean my gums were bleeding for two days.',
        'Two of us got food poisoning after the set menu.',
        'We were sick after eating the prawns.',
        'My son came home from nursery with a bite mark on his arm.',
        'She had a big bruise on her forehead when I collected her.',
      ],
      misses: [
        'I fell asleep during the film.',
        'I burned my toast in your toaster.',
        'I was hurt by the way she spoke to me.',
        'Prices fell last month.',
        'I am sick of waiting for a reply.',
        'My daughter came home from the salon with a great cut.',
      ],
    },
    patterns: [
      "\\b(?:I|we|he|she|they|my (?:\\w+ )?(?:son|daughter|wife|husband|partner|mum|mom|mother|dad|father|child|kid|kids|children|friend|grandmother|grandfather|gran|grandma|grandpa|nan|baby|toddler|guest)|our (?:\\w+ )?(?:son|daughter|child|kid|kids|children|baby|toddler|guest|guests))\\b (?:\\w+ ){0,2}?(?:slipped|tripped|fell (?:over|down|off|on (?:the|a|some|wet|icy)|in the (?:shower|bath|pool|bathroom|lobby|hall|hallway|corridor|car park|parking lot|street|aisle)|(?:down|from|out of) (?:the |a )?(?:stairs|steps|ladder|chair|bed|bunk|bunk bed|window|stage|bike|horse)))\\b",
      "\\b(?:burn(?:ed|t)|scalded|cut|injured|hurt|bruised|broke|sprained|twisted|fractured) (?:my|his|her|our|their) (?:\\w+ )?(?:scalp|skin|face|hands?|fingers?|thumb|arms?|legs?|feet|foot|toes?|ankles?|knees?|wrists?|back|neck|head|eyes?|lips?|gums?|mouth|tongue|ears?|shoulders?|hip|ribs?|nose)\\b",
      "\\bmy (?:\\w+ )?(?:scalp|skin|face|hands?|fingers?|arms?|legs?|feet|foot|toes?|ankles?|knees?|wrists?|back|neck|head|eyes?|lips?|gums?|mouth|tongue|ears?)\\b (?:was|were|is|are|has been|have been|kept|started|went) (?:\\w+ ){0,2}?(?:bleeding|burning|burnt|burned|blistered|blistering|swollen|infected|bruised|raw|scarred)\\b",
      "\\b(?:allergic reaction|chemical burns?|(?:needed|had to (?:have|get)|got) stitches|(?:went|go|had to go|ended up|was taken|were taken|taken) (?:\\w+ )?(?:to|in) (?:the |an? )?(?:a&e|er|hospital|emergency room|urgent care|emergency department)|(?:I|we|he|she) (?:was|were|got) (?:badly |seriously )?(?:injured|burned|burnt|scalded|bitten))\\b",
      // made ill by what we served: a health matter before a kitchen one
      "\\b(?:food poisoning|(?:made|left) (?:me|us|him|her|them|my \\w+|our \\w+) (?:violently |really |so |very )?(?:sick|ill|unwell)|(?:I|we|he|she|they) (?:was|were|got|became|fell) (?:violently |really |so |very )?(?:sick|ill|unwell) (?:after|from) (?:eating|the|our|your|a|an|their))\\b",
      // a child (or anyone in our care) who came back hurt: "came home from nursery with a bite mark on his arm"
      "\\b(?:came (?:home|back|out)|was (?:returned|collected|picked up|handed back)|got home|when I (?:collected|picked up) (?:him|her|them))\\b[^.!?\\n]{0,40}?\\b(?:with|covered in) (?:a |an |two |three |several |some |big |nasty |huge |deep |bad )*(?:bite marks?|bites|bruises?|bruising|cuts|grazes?|burns|bumps? on|lumps? on|black eye|injur(?:y|ies)|head injury|split lip|wounds?|stitches|sunburn)\\b",
      "\\b(?:(?:bite marks?|bruises?|bruising|bump|lump|black eye|split lip|graze|grazes|scratches|burns?) on|(?:bruises|bruising|scratches|burns) to) (?:his|her|their|my|our) (?:\\w+ )?(?:arms?|legs?|face|head|hands?|back|cheek|forehead|neck|ears?|eyes?|knees?|lips?|shoulders?|body|tummy|chest|fingers?)\\b",
      // a pharmacy's or clinic's mistake with medicine
      "\\bwrong (?:dosage|dose|doses|medication|medications|medicine|medicines|prescription|pills?|tablets?|strength|drug|injection|vaccine)\\b",
    ],
    step: { kind: 'call', what: '' },
    acknowledge: [
      'I am very sorry to hear this; your wellbeing matters more to us than anything else. How are you doing now?',
      'I am so sorry to hear about this, and I hope you are feeling all right. Please let us know how you are now.',
    ],
    // a child, a partner or a parent was hurt (perhaps the writer too): ask after everyone
    acknowledgeOthers: {
      cue: "\\b(?:my|our) (?:\\w+ )?(?:sons?|daughters?|child|children|kids?|baby|babies|toddler|boy|girl|little one|mum|mom|mother|dad|father|husband|wife|partner|grandmother|grandfather|gran|grandma|grandpa|nan|grandson|granddaughter|family)\\b",
      acknowledge: [
        'I am very sorry to hear this; their wellbeing, and yours, matters more to us than anything else. How is everyone doing now?',
        'I am so sorry to hear about this, and I hope everyone is recovering well. Please let us know how things are now.',
      ],
    },
    nextSteps: [
      'I would like to look into what happened and talk it through with you directly; if you reply with a good time and a number, I will call you today.',
    ],
    publicNextSteps: ['We would like to talk this through with you.'],
  },
  {
    id: 'communication',
    label: 'not hearing back from us',
    examples: {
      hits: [
        "The salesman now won't return my calls.",
        'Was promised a callback within 24 hours, still nothing after a week.',
        'I emailed you three times and nobody got back to me.',
        'Our landlord has ignored three emails about the damp.',
        'The agency stopped answering the phone.',
        'The consultant promised to call me after the interview. That was three weeks ago. I have emailed twice.',
        'Nobody at the pharmacy answered the phone.',
        "Our wedding photos are late and you don't answer emails.",
        'Refund me and stop ignoring my emails.',
        'Nobody reply my messages since two weeks.',
        'On your hotline nobody answer.',
        'I sent three emails about my warranty claim and only got automatic replies.',
        'Designer ghosted us after taking the deposit.',
        'Still no edits, and she has stopped replying on Instagram.',
        'Every time I chase you make another promise.',
        'Sync has been broken for a month and support never answers my emails.',
        'I was charged twice and nobody replies.',
        'Sync has been broken for a month and support never answers.',
        'Lost my progress after reinstalling. Support ignored me.',
        'Customer service never got back to me.',
        'The builder left the job half done and is not answering my calls.',
        'I opened ticket 90211 eight days ago. Nobody has replied.',
        'Good work in the end but I had to keep chasing for updates.',
        'The air con did not work. Asked twice for someone to fix it and nobody came.',
      ],
      misses: [
        'Still nothing has arrived.',
        'No, thanks, all good.',
        'Our flight was delayed and nobody told us anything.',
        'They answered every email within the hour.',
        'Our solicitor is chasing and we have nothing.',
        'Support answered within an hour and sorted it.',
        'Support never answers slower than a day, they are great.',
        'Nobody has complained about the noise before.',
        'Had to chase the courier myself, but your team were great.',
      ],
    },
    patterns: [
      // promised a call or an update that never came (nobody telling them what was going on is not-informed)
      "\\b(?:promised|told|assured) (?:me |us )?(?:a |that someone would |someone would |they would |you would |we would )?(?:call ?back|callback|call|reply|response|update)s?\\b[^.!?\\n]{0,40}?\\b(?:still nothing|nothing yet|never (?:came|happened|got one)|no one did|nobody did|heard nothing)",
      // "promised to call me after the interview. That was three weeks ago."
      "\\b(?:promised|said (?:he|she|they) would|told (?:me|us) (?:he|she|they) would|was supposed) (?:to )?(?:call|ring|phone|email|e-mail|get back to|contact|update) (?:me|us)\\b[^\\n]{0,80}?\\b(?:(?:weeks?|days?|months?) ago|still nothing|never did|nothing since|heard nothing|no call|no word|not a word|still waiting)\\b",
      // (someone between: "nobody at the pharmacy answered the phone")
      "\\b(?:no (?:one|body) (?:(?:at|from|in|on) (?:the |your |our )?(?:\\w+ ){1,2}?)?(?:calls|called|gets back|got back|answers|answered|responds|responded|replies|replied|picks up|picked up)|nobody (?:(?:at|from|in|on) (?:the |your |our )?(?:\\w+ ){1,2}?)?(?:calls|called|gets back|got back|answers|answered|responds|responded|replies|replied|picks up|picked up)|no (?:reply|response|answer|call ?back|follow[- ]?up)|(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not) (?:got(?:ten)? back|heard back|called (?:me )?back|replied|responded|answered)|ignored (?:my |our )?(?:\\w+ ){0,2}?(?:emails?|messages?|calls?)|stopped (?:answering|returning|replying to) (?:the |my |our )?(?:phone|calls?|emails?|messages?)|(?:emailed|called|messaged|written|wrote|phoned|rang|chased) (?:you |them )?(?:(?:\\d+|two|three|four|five|several|many|multiple) times|twice)|still waiting (?:for|on) (?:a |an )?(?:reply|response|answer|call)|(?:won'?t|will not|doesn'?t|does not|don'?t|do not|didn'?t|did not|never|refuses? to|refused to) (?:return|answer|reply to|respond to|acknowledge) (?:my|our|any of my|any of our) (?:calls?|e-?mails?|messages?|texts?|voicemails?))\\b",
      // "is not answering my calls", "stopped returning our messages"
      "\\b(?:not|never|stopped) (?:answering|returning|replying to|responding to) (?:my |our |any of (?:my|our) |the )?(?:calls?|e-?mails?|messages?|texts?|phone|voicemails?)\\b",
      // support that does not answer, said without what was sent: "support never answers", "support ignored me"
      "\\b(?:support|customer (?:service|support|care)|help ?desk|the developers?|the devs?)(?: team)? (?:(?:never|still (?:hasn'?t|has not|haven'?t|have not)|doesn'?t|does not|don'?t|do not|won'?t|will not|didn'?t|did not|hasn'?t|has not|haven'?t|have not) (?:ever )?(?:answers?|answered|repl(?:y|ies|ied)|responds?|responded|gets? back|got(?:ten)? back)(?! (?:slower|later|within|quickly|fast)\\b)|(?:ignored|ignores|is ignoring|are ignoring|keeps ignoring|has ignored|have ignored) (?:me|us|my|our))\\b",
      // said more plainly, or as a learner of English may write it: "you don't answer emails", "stop ignoring my
      // emails", "nobody reply my messages", "only got automatic replies", "ghosted us", "stopped replying",
      // "every time I chase"
      "\\b(?:(?:don'?t|do not|doesn'?t|does not|never|won'?t|will not|didn'?t|did not) (?:ever )?(?:answers?|repl(?:y|ies)(?: to)?|responds?(?: to)?|returns?|reads?) (?:my |our |any |the |your )?(?:e-?mails?|calls?|phone|messages?|texts?|voicemails?|dms?|tickets?)|(?:stop|keep|kept|keeps|still) ignoring (?:me|us|my|our)|ignoring (?:my|our) (?:\\w+ )?(?:e-?mails?|calls?|messages?|texts?)|(?:no ?body|no one) (?:ever )?(?:answer|repl(?:y|ies|ied)|respond|call back|pick up|get back|read)(?:s|ed)?\\b(?! (?:was|were|is|are) (?:needed|required|necessary))|only (?:got|get|received|had) (?:an? )?(?:automatic|automated|auto-?|generic|standard) ?(?:repl(?:y|ies)|responses?|e-?mails?|messages?)|ghost(?:ed|ing) (?:me|us)|stopped (?:answering|replying|responding|returning (?:my |our )?(?:calls?|messages?|e-?mails?))|(?:every time|each time|whenever) (?:I|we) (?:chase|chased|call|ring|rang|email|e-mail|message|ask|asked))\\b",
      // asked for someone, and nobody came: "asked twice for someone to fix it and nobody came" (no visit was booked to miss)
      "\\b(?:asked|called|rang|phoned|requested|reported it)\\b[^.!?\\n]{0,60}?\\b(?:someone|somebody|anyone|help|an engineer|maintenance)\\b[^.!?\\n]{0,40}?\\b(?:nobody|no one|no-one) (?:ever )?(?:came|showed up|turned up|bothered)\\b",
      // "nobody has replied", "no one has got back to me"; "I had to keep chasing for updates"
      "\\b(?:(?:no ?body|no one|no-one) (?:has|have|had) (?:ever |yet )?(?:replied|responded|answered|got(?:ten)? back|called (?:me |us )?back|been in touch)|(?:had|have|having) to (?:keep |constantly |keep on )?(?:chase|chasing) (?:you |them |for (?:an? )?(?:updates?|answers?|replies|news|progress|responses?))|(?:kept|keep) (?:having to )?chas(?:e|ing) (?:you|them|for (?:an? )?(?:updates?|answers?|news|progress)))\\b",
    ],
    // ("support ignored me" is a message left unanswered, not someone rude to their face; "asked for someone and nobody
    // came" is a request unanswered, not a booked visit missed)
    overrides: ['rude-staff', 'no-show'],
    // (beside another topic's step, which already promises an update with a time: who will handle it, not a second update)
    alongside: ['From now on I will be your single point of contact, so you will not need to chase anyone for an answer.'],
    acknowledge: [
      'I am sorry you had to chase us for an answer; you should not have had to.',
      'Having to keep chasing us for a proper answer is frustrating, and I understand why you are upset.',
    ],
    short: { acknowledge: 'I am sorry you had to chase us for an answer.' },
    nextSteps: [
      'I am now your single point of contact, and I will reply to you personally by the end of the day tomorrow.',
      'From here on I will handle this myself and update you at least once every business day until it is resolved.',
    ],
  },
  {
    // nobody told them what was going on: a delay at the gate, a fee raised, a pet's reaction at the vet. They
    // did not have to chase us (that is communication), so the reply does not say they did
    id: 'not-informed',
    label: 'not being kept informed',
    examples: {
      hits: [
        'Our flight was delayed five hours and nobody told us anything at the gate.',
        'The support agent kept me in the dark for a month.',
        'Nobody called to tell us she had a reaction to the anaesthetic.',
        'They raised the membership fee without telling anyone.',
        'The school never told us the trip had been moved to Friday.',
        'The dentist was running late and nobody said a word.',
        "Our daughter's key worker left without any notice and nobody told parents.",
        'My son came home with a bruise and nobody mentioned it at pick-up.',
        'Ferry delayed 3 hours, no announcements.',
        'My course was cancelled one week before starting and nobody explain why.',
      ],
      misses: ['I emailed you three times and nobody got back to me.', 'Nobody said anything rude, the staff were great.', 'The gym cancelled my class twice with no notice.', 'Nobody mentioned anything wrong with the car.'],
    },
    patterns: [
      "\\b(?:(?:no ?body|no one) (?:told|informed|updated|warned|explained (?:anything )?to) (?:us|me|parents|families|residents|tenants|customers|members|guests|passengers|patients|anyone|anybody|the (?:parents|families|residents|tenants|customers|members|guests|passengers|patients))|(?:no ?body|no one) (?:mentioned|reported|flagged) (?:it|this|that|anything)(?! (?:rude|wrong|bad|nasty|unkind|mean|negative|out of)\\b)|(?:no ?body|no one) (?:called|rang|phoned|emailed|messaged|texted) (?:us |me )?to (?:tell|let|say|warn|explain)|kept (?:us|me) in the dark|no updates?|(?:(?:didn'?t|did not|never) (?:bother to )?(?:tell|inform|warn|update|notify)|never (?:told|informed|warned|updated|notified)) (?:us|me|anyone|anybody|parents|members|guests)|(?:no ?body|no one) (?:said|says) (?:a word|anything)(?! (?:rude|wrong|bad|nasty|unkind|mean|negative|out of)\\b)|without (?:telling|informing|warning|notifying) (?:us|me|anyone|anybody|customers|members|guests))\\b",
      // "no announcements", "nobody explain why" (as a learner of English may write it)
      "\\b(?:no (?:announcements?|information|explanation)|(?:no ?body|no one) (?:explains?|explained|could explain|would explain|gave (?:us |me )?(?:a reason|an explanation)) (?:why|what|anything|to (?:us|me))|without (?:any |an )?(?:explanation|announcement))\\b",
    ],
    overrides: ['communication'],
    step: { kind: 'look-into', what: 'why nobody kept you informed' },
    acknowledge: [
      'I am sorry nobody kept you informed; you should have been told what was happening and what to expect.',
      'You should not have had to find things out for yourself, and I am sorry we did not tell you what was going on.',
    ],
    nextSteps: ['I am looking into why nobody told you, and by the end of the week I will come back to you with what we found and what we will do differently.'],
    publicNextSteps: ['We are looking into why no one kept you informed.'],
  },
  {
    id: 'cleanliness',
    sites: 'not-app',
    label: 'the cleanliness',
    examples: {
      hits: ['The room was dirty and the sheets were stained.', 'The changing rooms smell.', 'The whole place smells of smoke.', 'The oven was still greasy and the windows had not been touched.'],
      misses: ['The room was lovely and clean.', 'The kitchen smells amazing.', 'There was mould all over the bathroom ceiling.', 'The whole place smells of damp.'],
    },
    patterns: [
      // (mould and damp are the mould topic's: a cause to find and fix, not a clean to tighten up)
      "\\b(?:dirty|filthy|unclean|smelly|(?:smelled|stank)(?! (?:of )?(?:damp|mou?ld|mildew)\\b)|stains?|stained|hairs? (?:in|on|all over) (?:the|my|our) (?:bath|shower|sink|basin|bed|sheets|pillows?|towels?|floor|food|plate|soup|drink)|hair in|bugs?|cockroach(?:es)?|sticky (?:table|floor)s?)\\b",
      // a place that smells: "the changing rooms smell", "smells of smoke" (not a meal that smells good)
      "\\b(?:(?:room|rooms|toilets?|bathrooms?|showers?|changing rooms?|locker rooms?|carpets?|sheets|towels|bedding|corridors?|hallways?|lobby|car|van|bus|cab|taxi|cabin|place|studio|gym) (?:smell|smells|smelt|stinks|reeks|reeked)(?! (?:of )?(?:damp|mou?ld|mildew)\\b)|(?:smell|smells|smelled|smelt|stinks|stank|reeks|reeked) (?:of )?(?:smoke|sewage|urine|sweat|drains|cigarettes|bad|awful|terrible|horrible|disgusting|musty)|musty|grimy|grubby|unhygienic)\\b",
      // a clean that was not done: "the oven was still greasy", "the windows had not been touched"
      "\\b(?:(?:still|was|were|left) (?:\\w+ )?(?:greasy|dusty|grubby|covered in dust)|(?:had|has|have) not been (?:cleaned|touched|wiped|dusted|hoovered|vacuumed|mopped)|(?:hadn'?t|hasn'?t|haven'?t|wasn'?t|weren'?t|was not|were not) (?:been )?(?:cleaned|touched|wiped|dusted|hoovered|vacuumed|mopped))\\b",
    ],
    step: { kind: 'look-into', what: 'how the cleaning fell short' },
    acknowledge: [
      'I am sorry about the cleanliness; you should be able to expect a clean space every time.',
      'What you describe falls short of the standards we hold ourselves to, and I understand why you were unhappy.',
    ],
    nextSteps: [
      'I have passed this to our manager, and we are reviewing our cleaning routine this week.',
      'We are doing a full check of the area today and tightening our cleaning schedule this week.',
    ],
  },
  {
    // damp and mould in a room, a rental, changing rooms: a health and upkeep problem whose cause is found and
    // fixed (not a clean to tighten up); mould on food is the kitchen's. Nothing in public admits fault or offers money
    id: 'mould',
    sites: 'not-app',
    label: 'the damp and mould',
    examples: {
      hits: [
        'There was mould all over the bathroom ceiling in our rental flat.',
        "Black mold in the hotel room's shower and around the window.",
        "The gym's changing rooms have had black mould on the ceiling for months.",
        'The whole place smells of damp.',
        'Damp patches on the bedroom wall and mildew on the curtains.',
        'The bedroom walls were always damp.',
      ],
      misses: ['The bread was mouldy.', 'There was mould on my bread roll.', 'The room was lovely, no damp and no mould anywhere.', 'Our towels were still damp when we got them back.'],
    },
    patterns: [
      `\\b${NOT_NEGATED}(?:(?:black |green |white )?(?:mou?ld|mildew)(?! (?:on|in) (?:the |my |our |a |an |his |her )?(?:\\w+ )?${MOULDY_FOOD}\\b)|mou?ldy (?:walls?|ceilings?|windows?|window ?frames?|sills?|grout|sealant|silicone|showers?|bathrooms?|bedrooms?|rooms?|curtains?|carpets?|tiles?|corners?)|damp (?:patch|patches|walls?|ceilings?|problems?|issues?|spots?|marks?|stains?|rooms?|flat|house|bedrooms?|bathrooms?|smell)|rising damp|(?:smell|smells|smelled|smelt|stinks|stank|reeks|reeked) (?:of )?(?:damp|mou?ld|mildew))\\b`,
      "\\b(?:walls?|ceilings?|rooms?|bedrooms?|bathrooms?|flat|house|apartment|cabin|chalet) (?:was|were|is|are|felt|feels|feel) (?:always |still |constantly |permanently |so |very |really )?(?:damp|covered in (?:mou?ld|mildew))\\b",
    ],
    overrides: ['cleanliness'],
    findsCause: true,
    acknowledge: [
      'I am sorry you found mould; it is a health concern, not only an unpleasant sight, and we take it seriously.',
      'Damp and mould can affect people’s health, and I am sorry you had to put up with it.',
    ],
    nextSteps: [
      'I have asked for it to be inspected this week so the cause of the damp is found and fixed properly, not just cleaned off, and I will let you know what we find and when the work is done.',
      'We are arranging an inspection this week to find where the moisture is coming from and put it right at the source, and I will update you once the work is booked.',
    ],
    publicNextSteps: ['We are having it inspected so the cause can be found and put right properly.'],
  },
  {
    // too dear for what it is, or dearer than it was: goods, a meal, a membership, a contract (a wrong charge is billing)
    id: 'price',
    label: 'the price',
    examples: {
      hits: [
        'Too expensive for what you get.',
        'Overpriced for the portion size.',
        'You put my contract up by 14% this year.',
        'My membership fee has gone up twice in a year.',
      ],
      misses: ['Fair price for what you get.', 'Three agents gave me three different answers about why my bill doubled.'],
    },
    patterns: [
      // not when they say it was worth it: "Is it pricey? A little, but worth every penny", "went up a little but
      // still the best value in town" (a redeeming word up to 80 characters on, or 40 back, questions included)
      `\\b(?<!\\b${PRICE_REDEEMED}\\b[^.!\\n]{0,40})(?:too expensive|overpriced|over-priced|rip[- ]?off|not worth (?:the|it)|price (?:increase|hike|went up)|pricey|way too much)\\b(?![^.!\\n]{0,80}\\b${PRICE_REDEEMED}\\b)`,
      // a rise: "put my contract up by 14%", "the membership fee has gone up" (a bill that doubled is billing's)
      `\\b(?<!\\b${PRICE_REDEEMED}\\b[^.!\\n]{0,40})(?:(?:put|putting|puts|bumped|pushed|hiked|raised|raising|increased|increasing|jacked) (?:up )?(?:my|our|the|your|its|their) (?:\\w+ ){0,2}?(?:prices?|contract|fees?|rent|premium|membership|subscription|rates?|plan|tariff|fares?)|(?:prices?|fees?|rent|premium|subscription|membership|tariff|contract|plan|rates?|fares?)(?: \\w+){0,2}? (?:has |have |had |was |were |is |are |keeps |just )?(?:gone up|went up|going up|increased|risen|rose|doubled|tripled|jumped|shot up))\\b(?![^.!\\n]{0,80}\\b${PRICE_REDEEMED}\\b)`,
    ],
    step: { kind: 'money', what: 'the pricing' },
    acknowledge: [
      'I understand that the price did not feel fair for what you received.',
      'I understand the cost did not feel like good value to you, and I would like to look at that properly.',
    ],
    // not "your order": the price may be a membership's, a contract's or a meal's
    nextSteps: ['I will look into what you were charged{ref} this week and come back to you with an explanation and any options we can offer.'],
    publicNextSteps: ['We would be glad to talk the pricing through with you.'],
  },
  {
    id: 'website',
    label: 'the trouble with our website or app',
    examples: {
      hits: ['The website is down again.', "The checkout page won't load.", 'Your online course platform logged me out mid-exam.', "The contact form still doesn't work."],
      misses: ['The app keeps crashing since the last update.'],
    },
    overrides: ['damaged-item'],
    patterns: [
      "\\b(?:website|site|platform|portal|system|page)\\b[^.!?\\n]{0,30}?\\b(?:logged|kicked|threw|logs|kicks|throws|keeps logging|keeps kicking) (?:me|us) out\\b",
      "\\b(?:website|site|platform|app|checkout|page|link|portal) (?:is |was |keeps )?(?:down|broken|crash(?:ed|es|ing)?|not (?:working|loading)|won'?t (?:load|work|open)|error|glitch(?:y|ing)?|bug(?:gy)?|freez(?:es|ing)|froze)\\b",
      '\\berror (?:message|code)\\b',
      // a form on it: "the contact form still doesn't work"
      "\\b(?:contact|booking|enquiry|inquiry|sign-?up|registration|checkout|payment|order|web|online|feedback) form\\b[^.!?\\n]{0,20}?\\b(?:(?:still )?(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|not|never) (?:work|working|submit|send|sending|load|loading|go through)|(?:is |was )?broken)\\b",
    ],
    step: { kind: 'tech', what: 'the problem with the website' },
    acknowledge: ['I am sorry the website gave you trouble; it should be quick and easy to use.'],
    // (not "I can place the order for you": the customer may have been sitting a course, booking or paying a bill)
    nextSteps: ['I have reported the problem to our technical team today, and I will update you by tomorrow; if anything you were doing was lost or cut short, tell me and I will sort that part out with you directly.'],
  },
  {
    // an app store review: the app itself fails (before 'website', which it overrides)
    id: 'app',
    label: 'the app not working',
    examples: {
      hits: [
        'The app keeps crashing since the last update.',
        'Useless app, it crashes every time I open it.',
        'Love the workouts, but the app logs me out every other day.',
        'Crashes constantly. I paid for premium.',
        'Stuck on a white screen on my Pixel 8.',
        'Just a white screen on my Pixel 8.',
        'Paid for premium but the features are still locked after restoring purchases.',
        'Restore purchases does nothing.',
      ],
      misses: ['The website is down again.', 'The room had a white screen for the projector.', 'Premium features unlocked straight after I paid.'],
    },
    patterns: [
      "\\b(?:app|application|game)\\b[^.!?\\n]{0,40}?\\b(?:crash(?:es|ed|ing)?|freez(?:es|ing)|froze|(?:won'?t|doesn'?t|does not|will not|can'?t|cannot) (?:open|load|start|launch|sync|log me in)|not (?:opening|loading|syncing|working)|stuck on|black screen|keeps logging me out|logs? (?:me|us) out|logging (?:me|us) out)\\b",
      "\\b(?:keeps|kept) crashing\\b",
      // "stuck on a white screen", "just a blank screen on my Pixel 8" (a screen that shows nothing, on a device)
      "\\b(?:(?:stuck|hangs?|hanging|frozen) (?:on|at) (?:a |the )?(?:white|black|blank|grey|gray|loading|splash) screen|(?:white|blank) screen\\b(?=[^.!?\\n]{0,30}?\\b(?:on (?:my|the|our) (?:\\w+ ){0,2}?(?:phone|tablet|ipad|iphone|pixel|galaxy|samsung|android|device|\\w+ \\d+)|since|after|every time|when(?:ever)? I (?:open|launch|start|log in))))",
      // premium bought but not unlocked: "features still locked after restoring purchases", "restore purchases does nothing"
      "\\b(?:(?:features?|premium|pro|levels?|content|purchases?|subscription)\\b[^.!?\\n]{0,40}?\\b(?:still |remain |are |is )?(?:locked|not unlocked)\\b[^.!?\\n]{0,40}?\\b(?:restor\\w*|paid|purchas\\w*|bought|subscrib\\w*)|restor(?:e|ed|ing) (?:my |the )?purchases?\\b[^.!?\\n]{0,30}?\\b(?:doesn'?t|does not|didn'?t|did not|won'?t|not|never|nothing|fails?|failed)\\b)",
      // "Crashes constantly." (a review of an app says what crashes no more than that)
      "\\bcrash(?:es|ing) (?:constantly|all the time|every (?:time|day|few minutes)|on (?:launch|startup|start-?up|opening))\\b",
      "\\b(?:since|after) (?:the |an? |this |that )?(?:last |latest |new |recent )?update\\b",
    ],
    overrides: ['website', 'damaged-item'],
    step: { kind: 'tech', what: 'the problem with the app' },
    acknowledge: [
      'I am sorry the app is not working as it should for you, especially when you rely on it.',
      'An app that does not work properly is no use to you, and I am sorry for the trouble it has caused.',
    ],
    nextSteps: [
      'If you send our support team your device model and app version, I will make sure our developers look at it and get back to you within two business days.',
    ],
    publicNextSteps: ['Our developers are looking into it, and your device model and app version would help them find the cause quickly.'],
    short: {
      acknowledge: 'I am sorry the app is not working as it should for you.',
      publicNextStep: 'Our developers are looking into it; your device and app version would help them.',
    },
  },
  {
    // something on the premises that did not work: a room, a fitting, a repair (not goods to replace)
    id: 'facilities',
    sites: 'not-app',
    label: 'what was not working',
    examples: {
      hits: [
        'The AC was broken the whole stay.',
        'The lift was out of order all week.',
        'There was no hot water.',
        'We had a broken shower for three nights.',
        'Half the treadmills are out of order.',
        'The room was freezing.',
        'Only the showers are often cold.',
        'The wifi drops every afternoon.',
        "The barrier wouldn't open.",
      ],
      misses: ['The mug arrived broken.', 'The kettle arrived broken.', 'The seat on the bus was torn.'],
    },
    patterns: [
      // a fitting and what is wrong with it, in either order; "the kettle arrived broken" is goods, not the room's
      `\\b${FACILITY}\\b[^.!?\\n]{0,40}?\\b(?:broken|(?:was |were |is |are )?not working|(?:wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t|did not|doesn'?t|does not) (?:work|working)|stopped working|never work(?:s|ed)?|never (?:came|come|comes|turned|switched) on|(?:would(?:n'?t| not)|(?:did(?:n'?t| not))) (?:turn|switch|come) on|(?:still )?leak(?:s|ed|ing)?|out of order|kept (?:breaking|cutting out|dropping)|(?:keeps |kept )?(?:drops?|dropping|dropped|cuts?|cutting) out|drops (?:every|all the time|constantly)|(?:would(?:n'?t| not)|did(?:n'?t| not)|won'?t) (?:open|close|lock|flush|drain|lift))\\b${NOT_GOODS}`,
      // cold showers: "the showers are often cold"
      "\\b(?:showers?|hot water|water in the (?:showers?|bath))\\b (?:(?:are|were|is|was|ran|runs|run|went) )(?:often |always |usually |sometimes |constantly |still |only |stone |ice )?(?:cold|freezing|lukewarm|tepid)\\b",
      `\\b(?:broken|faulty|leaking|leaky|dodgy|non-?working) ${FACILITY}\\b${NOT_GOODS}`,
      "\\bno (?:hot water|heating|air[- ]?con(?:ditioning)?|wi-?fi|internet|power)\\b",
      // heating or cooling that did not keep up: "the room was freezing" (not cold food)
      "\\b(?:room|rooms|bedroom|apartment|flat|cabin|chalet|studio|office|changing rooms?|classroom|hall|carriage|dining room) (?:was|were|is|are|felt|feels|got) (?:absolutely |so |very |really |too |bitterly |unbearably )?(?:freezing|cold|boiling|sweltering|stifling|stuffy|roasting|baking)\\b",
    ],
    overrides: ['damaged-item'],
    step: { kind: 'repair', what: 'fix what was not working' },
    acknowledge: [
      'I am sorry it was not working as it should; that is not the standard we hold ourselves to.',
      'Something not working when you need it is frustrating, and I am sorry it happened to you.',
    ],
    nextSteps: ['I have asked the team to look at it this week, and I will let you know once it is put right.'],
    publicNextSteps: ['We have asked the team to look at it, and we would like to hear from you directly so we can make it up to you.'],
  },
  {
    // a phone, broadband or TV service that keeps failing: the signal, the line, drop-outs (a hotel's wifi is facilities)
    id: 'connection',
    label: 'your connection',
    examples: {
      hits: [
        'The signal at home is still rubbish and drops out every evening.',
        'My broadband keeps dropping out.',
        'No signal anywhere in the house since I switched to you.',
        'Mobile data has been painfully slow all month.',
        'My calls keep dropping.',
      ],
      misses: [
        'The wifi in the room kept dropping.',
        'Great signal everywhere I go.',
        'There was no reception desk, just a key box.',
        'The queue at the checkout line was so slow.',
        'Three unanswered calls is terrible customer service.',
      ],
    },
    patterns: [
      "\\b(?:signal|broadband|coverage|network|mobile data|[345]g|fibre|fiber|phone line|landline)\\b[^.!?\\n]{0,40}?\\b(?:drops? out|dropping out|dropped out|keeps? (?:dropping|cutting out|going down|disconnecting)|kept (?:dropping|cutting out|going down|disconnecting)|cuts? out|cutting out|(?:is|was|has been|have been|are|were) (?:still |always |constantly |so |really |absolutely )?(?:rubbish|terrible|awful|useless|patchy|non-?existent|dreadful|appalling|unusable|down|dead|painfully slow|so slow|too slow))\\b",
      "\\b(?:dropped calls|calls (?:keep|kept) (?:dropping|cutting out)|(?:no|zero|barely any|hardly any) (?:signal|coverage|reception|bars|broadband|mobile data))\\b(?! (?:desk|staff|area|team|was (?:needed|required))\\b)",
    ],
    overrides: ['facilities'],
    recurring: true,
    acknowledge: [
      'I am sorry your connection has been so unreliable; you pay for a service that should simply work.',
      'Losing your connection again and again is exasperating, and I am sorry it has been like this.',
    ],
    nextSteps: ['I will have our network team check your line and the coverage at your address this week, and I will let you know what they find and what we can do about it.'],
    publicNextSteps: ['Our network team would like to check the service at your address.'],
  },
  {
    // furnishings worn out or damaged on our premises or vehicles: a torn bus seat, a sagging sofa, peeling
    // wallpaper (goods that reached the customer damaged are damaged-item; a dirty or stained room is cleanliness)
    id: 'worn-fittings',
    sites: 'not-app',
    label: 'the state of the fittings',
    examples: {
      hits: ['The seat on the bus was torn.', 'Torn seats and peeling wallpaper in the lounge.', 'The sofa in our room was sagging and the towels were threadbare.'],
      misses: [
        'The chair I ordered arrived with a torn seat.',
        'The seats were comfortable and nothing was broken.',
        'The movers scratched our floor.',
        'The painters left stains on my carpet and chipped the door frame.',
        'The carpet was stained, the shower head was broken.',
      ],
    },
    patterns: [
      // said of the fitting ("the seat on the bus was torn", "seats were dirty and torn"), not of another thing
      // further on ("stains on my carpet and chipped the door frame"), and not "nothing was broken"
      `\\b${FITTING}\\b(?:(?!,|;| and the | but )[^.!?\\n]){0,40}?\\b(?:was|were|is|are|been|looked|looks|seemed|seems|got|gets|getting|and|so|very|really|quite|badly|totally|completely|visibly|all) (?<!\\b(?:nothing|not|never|none|no) (?:was |were |is |are |got |looked |seemed )?)${WORN}\\b(?! (?:our|my|his|her|their|the|a|an|its|your|some|it|them)\\b)${NOT_GOODS}`,
      // "torn seats", "cracked tiles" (not "scratched our floor": damage our people did is property-damage)
      `\\b${WORN} (?!(?:our|my|his|her|their|the|a|an|its|your|some|it|them)\\b)(?:\\w+ )?${FITTING}\\b${NOT_GOODS}`,
      `\\bholes? in (?:the |all the )?${FITTING}\\b${NOT_GOODS}`,
    ],
    overrides: ['damaged-item', 'quality'],
    step: { kind: 'repair', what: 'repair or renew the worn fittings' },
    acknowledge: [
      'I am sorry it was in such poor repair; everything you use with us should be in good condition.',
      'Fittings in poor repair let the whole experience down, and I am sorry that was what you found.',
    ],
    nextSteps: ['I have asked the team to repair or renew it this week, and I will let you know once it is done.'],
    publicNextSteps: ['We have asked the team to repair or renew it.'],
  },
  {
    id: 'account',
    label: 'the account problem',
    examples: {
      hits: ['I am locked out of my account.', 'Login broken, it keeps saying wrong password.', 'I got locked out of the app after the update.', 'I have emailed support four times and nobody answers. My account is still locked.'],
      misses: ['I opened an account last year.', 'Locked out at 11pm. The locksmith quoted £80 on the phone.', 'I was locked out of my flat and the locksmith took an hour.'],
    },
    patterns: [
      // locked out of an account, not of a home (a locksmith's customer)
      "\\b(?:log ?in|sign ?in|password|locked out of (?:my|our|the|your) (?:\\w+ )?(?:account|accounts|profile|app|dashboard|portal|e-?mail|inbox|system|login)|account (?:is |was |has been |got )?(?:still )?(?:locked|suspended|blocked|closed|hacked)|can'?t access (?:my )?account|reset link)\\b",
      "\\b(?:log ?in|sign ?in|password reset)\\b[^.!?\\n]{0,20}?\\b(?:broken|not working|doesn'?t work|does not work)\\b",
    ],
    overrides: ['damaged-item'],
    acknowledge: ['I understand how stressful it is to be locked out of your account.'],
    nextSteps: ['I will check your account today and email you by the end of the day with how to get back in.'],
    publicNextSteps: ['We will help you get back into your account.'],
  },
  {
    // the customer cancelled and was charged anyway: a charge to check against the cancellation (not a cancellation
    // still to be processed, which is the cancellation topic's)
    id: 'charged-after-cancel',
    label: 'the charge after you cancelled',
    examples: {
      hits: [
        'I cancelled my ride ten minutes before pickup and you still charged me £18.',
        'I cancelled my booking two days ahead and you still took the full amount from my card.',
        'We cancelled our reservation two days ahead and were still charged.',
        'Cancelled my subscription in January and you charged my card again in February.',
        'You charged me a cancellation fee even though I cancelled a week before.',
        'Charged twice for the subscription. I cancelled!',
        'I cancelled my hot desk membership with a month’s notice, but you still took £180 on the 1st.',
      ],
      misses: [
        'Please cancel my account.',
        'I cancelled my booking and got my money back the same day, thank you.',
        'The gym cancelled my class and still charged me.',
        'I was charged twice for the same order.',
      ],
    },
    patterns: [
      // the cancelling first: "I cancelled my ride ... and you still charged me", "after cancelling, £30 was taken"
      "\\b(?:(?:I|we) (?:had |have |already |properly |definitely )*cancell?ed(?! because| as | due)|(?<=(?:^|[.!?\\n])\\s{0,3})cancell?ed (?:my|our) |(?:after|despite|since) (?:my |our |me |us )?cancell?(?:ing|ation)|cancell?ed (?:my|our) (?:\\w+ ){0,3}?(?:in time|ahead|early|before|with (?:\\w+ ){0,3}?notice|on time|within))\\b[^\\n]{0,160}?\\b(?:charged|charging|billed|invoiced|took|taken|taking|debited|deducted|still charg\\w*|a charge|the charge|cancellation fee|late cancellation)\\b",
      // the charge first: "charged me a cancellation fee even though I cancelled a week before"
      "\\b(?:charged|billed|invoiced|took|taken|debited|deducted|cancellation fee)\\b[^\\n]{0,100}?\\b(?:even though|although|though|despite|after|when|but|yet) (?:I|we) (?:had |have |already )*cancell?ed\\b",
      // the charge, then the cancellation said as a sentence of its own: "Charged twice for the subscription. I cancelled!"
      "\\b(?:charged|billed|invoiced|debited|deducted)\\b[^.!?\\n]{0,80}[.!?]+\\s{1,3}(?:but |and )?(?:I|we) (?:had |have |already |properly |definitely )*cancell?ed(?: (?:it|my \\w+|our \\w+|the \\w+))?(?: (?:already|before|weeks? ago|months? ago|last \\w+))?\\s*[.!]",
    ],
    overrides: ['cancellation', 'billing'],
    // (their "please refund" asks for what the check already offers)
    supersedes: ['refund'],
    step: { kind: 'money', what: 'the charge taken after you cancelled' },
    acknowledge: [
      'I can see why a charge after you had cancelled does not look right to you.',
      'Being charged after you cancelled is worrying, and I understand why you want it checked.',
    ],
    nextSteps: ['I will check the charge{ref} against your cancellation today, and if it should not have been taken, I will refund it within 2 business days and email you to confirm.'],
    publicNextSteps: ['Our billing team will check the charge against your cancellation as soon as you contact us.'],
    onApp: storeAnswer(['I can see why a charge after you had cancelled does not look right to you.'], 'charge', 'the charge'),
  },
  {
    // a parking charge notice or fine the customer says they did not owe: checked against their payment
    id: 'disputed-fine',
    sites: 'not-app',
    label: 'the charge notice',
    examples: {
      hits: [
        'Your car park sent me a £100 fine letter but I paid by app.',
        'I got a parking charge notice even though I had a valid ticket.',
        'Please cancel this PCN, I paid at the machine.',
      ],
      misses: ['The food was fine.', 'It was fine dining at its best.', 'Parking was easy and cheap.'],
    },
    patterns: [
      "(?:(?:£|\\$|€)\\s?\\d[\\d,.]* (?:parking )?(?:fine|penalty)|\\b(?:(?:parking|penalty) (?:fines?|tickets?|charge notices?|charges?)|penalty charge notices?|pcns?|fine (?:letter|notice)s?|charge notices?))\\b",
    ],
    overrides: ['billing', 'cancellation'],
    supersedes: ['cancellation'],
    step: { kind: 'money', what: 'the charge notice' },
    acknowledge: [
      'I understand how worrying it is to receive a charge notice you do not think you owe.',
      'A charge notice you believe was issued in error is stressful, and I would like to get it checked properly.',
    ],
    nextSteps: ['I will check our records{ref} against your payment today, and if the notice was issued in error, I will cancel it and confirm that to you in writing within 2 business days.'],
    publicNextSteps: ['We will check the notice against your payment as soon as you contact us.'],
  },
  {
    // we moved the customer's booking: a class time, a wedding date, a slot (one we called off is we-cancelled)
    id: 'we-changed',
    sites: 'not-app',
    label: 'the change to your booking',
    examples: {
      hits: [
        'The school change my class time three times without asking.',
        'Your coordinator emailed to say the barn is unavailable on our date and offered us a Thursday instead.',
        'They moved my appointment to the afternoon without telling me.',
      ],
      misses: ['You changed the scope five times and paid late.', 'I changed my appointment twice and they were very flexible.', 'They offered us a voucher instead.', 'The gym cancelled my class twice with no notice.'],
    },
    patterns: [
      "\\b(?<!\\b(?:I|we) )(?:change|changes|changed|changing|moved|moves|moving|switched|rescheduled|reschedule|swapped|shifted) (?:my|our|the) (?:\\w+ ){0,2}?(?:class|classes|lesson|lessons|appointment|appointments|booking|bookings|date|time|slot|session|sessions|course|reservation|tour|treatment)\\b[^.!?\\n]{0,40}?\\b(?:without (?:asking|telling|warning|notice|agreeing|checking|consulting|any)|(?:two|three|four|several|\\d+) times|again|last[- ]minute|at short notice|with no (?:notice|warning))\\b",
      "\\b(?:unavailable|not available|no longer available)\\b[^.!?\\n]{0,20}?\\bon (?:our|my|the) (?:\\w+ )?(?:date|day|wedding|booking)\\b",
      "\\boffered (?:us|me) (?:a |an |another )?(?:different |new |later |earlier |alternative )?(?:date|day|time|slot|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)\\b[^.!?\\n]{0,20}?\\binstead\\b",
    ],
    overrides: ['we-cancelled'],
    step: { kind: 'look-into', what: 'why your booking was changed', also: 'be in touch to rebook you at a time that suits you' },
    acknowledge: [
      'I am sorry your booking was changed without it being agreed with you first; you had planned around it.',
      'Having your plans changed at our end is disruptive, and I am sorry we did not check with you first.',
    ],
    nextSteps: ['I will look into why it was changed this week and be in touch to find a time that works for you; if none does, I will go through your options with you.'],
    withRefund: ['I will look into why your booking was changed this week and come back to you with what we found.'],
    publicNextSteps: ['We would like to find a time that works for you.'],
  },
  {
    // something made or fitted to the customer that does not work for them: glasses, lenses, hearing aids, dentures
    // (checked and adjusted or remade, never "you will get used to them")
    id: 'made-to-fit',
    sites: 'not-app',
    label: 'the fit and the prescription',
    examples: {
      hits: [
        "The varifocal glasses you made me don't work, I can't read with them at all.",
        'My new glasses give me headaches.',
        'I cannot see properly through the new lenses.',
        'The hearing aid whistles constantly and keeps falling out.',
        'The dentures still do not fit after two adjustments.',
      ],
      misses: ['My new glasses are perfect, I can see everything clearly.', 'The pharmacy gave me the wrong dosage.', 'The glasses arrived broken.'],
    },
    patterns: [
      "\\b(?:glasses|spectacles|specs|varifocals?|bifocals?|lenses|contact lenses|contacts|hearing aids?|dentures?|retainer|orthotics?|insoles)\\b[^.!?\\n]{0,40}?\\b(?:don'?t work|doesn'?t work|do not work|does not work|not working|(?:are|is|were|was) (?:still )?(?:useless|blurry|blurred|all wrong|too strong|too weak|uncomfortable|painful)|(?:can'?t|cannot|could not|couldn'?t) (?:see|read|hear|focus|wear)|(?:give|gives|gave|giving) me (?:a )?headaches?|whistl\\w*|keeps? falling (?:off|out)|(?:don'?t|doesn'?t|do not|does not|didn'?t|did not) fit)\\b",
      "\\b(?:can'?t|cannot|couldn'?t|could not) (?:see|read|focus) (?:properly |clearly |anything |at all )?(?:with|through|in) (?:them|my new (?:glasses|lenses|specs|varifocals)|the (?:new )?(?:glasses|lenses|specs|varifocals))\\b",
      "\\b(?:(?:glasses|specs|varifocals?|lenses|optician)\\b[^.!?\\n]{0,40}?\\bwrong (?:prescription|lenses|strength)|wrong (?:prescription|lenses|strength)\\b[^.!?\\n]{0,40}?\\b(?:glasses|specs|varifocals?|lenses))\\b",
    ],
    overrides: ['injury', 'damaged-item', 'quality', 'wrong-item'],
    step: { kind: 'put-right', what: 'check the prescription and the fit again' },
    acknowledge: [
      'I am sorry what we made for you is not working as it should; something made to suit you should feel right from the start.',
      'Struggling with something that was made specially for you is frustrating, and I am sorry.',
    ],
    nextSteps: ['If you reply with a time that suits you, I will book you in this week to check the prescription and the fit again at no charge, and we will adjust or remake them if that is what it takes.'],
    publicNextSteps: ['We would like to check everything again with you at no charge.'],
  },
  {
    // a job that took far longer than we said: a car service, a kitchen fit, a treatment (a late parcel is a delivery)
    id: 'overran',
    sites: 'not-app',
    label: 'how long it took',
    requires:
      "\\b(?:service|servicing|serviced|repair|repairs|job|work|works|fitting|installation|install|renovation|refurb\\w*|build|building|extension|kitchen|bathroom|mot|treatment|appointment|procedure|garage|mechanic|builders?|fitters?|plumber|electrician|decorators?|painters?|contractors?|engineers?|survey|cleaning|haircut|colour|massage|check-?up|car|van|boiler|tailor|tailors|alterations?|hemming|dressmaker|seamstress|dress|suit|trousers)\\b",
    examples: {
      hits: [
        'My car went in for a service that was supposed to take two hours. It took all day and I missed work.',
        'The kitchen fitters said it would take a week and it dragged on for five.',
        'The job overran by three days.',
        'The repair took three times as long as they quoted.',
        'The tailor shortened my dress, and it was ready a week late.',
        'They had my car for 9 days for what was meant to be a 2 day job.',
      ],
      misses: ['Booked in for what was meant to be a 2 day job and it was done in 2 days.', 'The delivery was supposed to take three days.', 'They said it would take two hours and it was done in one. Brilliant.', 'My car service was quick and easy.'],
    },
    patterns: [
      "\\b(?:supposed to|meant to|expected to|promised to|quoted to|told (?:me|us) (?:it would|it'd)|said (?:it would|it'd)|should(?: only)?|was to|would(?: only)?) (?:take|be (?:done|ready|finished|completed|back)|last)\\b[^\\n]{0,120}?\\b(?:took (?:all|the whole|the entire|until|till|over|more than|nearly|almost|(?:\\w+ )?(?:days?|weeks?|hours|months))|ended up taking|dragged on|(?:was(?:n'?t| not)|weren'?t|were not|still (?:not|wasn'?t)) (?:ready|done|finished|complete)|overran|over-ran|ran over)\\b",
      "\\b(?:overran|over-ran|ran over) (?:by )?(?:\\w+ ){0,2}?(?:hours?|days?|weeks?|months?)\\b",
      "\\btook (?:\\w+ ){0,2}?(?:twice|three times|four times|much|far|way|a lot) (?:as long|longer) (?:as|than) (?:promised|quoted|planned|agreed|we were told|I was told|they said|you said|expected|estimated|they quoted|you quoted)\\b",
      // days for a shorter job: "had my car for 9 days for what was meant to be a 2 day job"
      "\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several) (?:days?|weeks?|months?|hours)\\b[^.!?\\n]{0,30}?\\bfor what (?:was|is|should have been|should be|were) (?:meant to be |supposed to be |quoted as |promised as |sold as )?(?:a |an |only a |only an |just a |just an )(?:\\w+[- ]){0,2}?(?:day|hour|week|minute)s?[- ](?:job|fix|repair|service|install(?:ation)?|visit)\\b",
      // ready, but late: "it was ready a week late" (a parcel a week late is a delivery)
      "\\b(?:was|were|got|finally) (?:\\w+ )?(?:ready|done|finished|completed)\\b (?:\\w+ ){0,2}?(?:days?|weeks?|months?) late\\b",
    ],
    overrides: ['wait-time', 'late-delivery'],
    step: { kind: 'look-into', what: 'why it took so much longer than we said' },
    acknowledge: [
      'I am sorry it took so much longer than we told you; you had planned your day around the time we gave you.',
      'A job that runs far over the time we gave you throws out your plans, and I am sorry.',
    ],
    nextSteps: ['I will find out this week why it took so much longer than we said and let you know, and from now on we will call you as soon as we see a job running over.'],
    publicNextSteps: ['We are looking into why it took so much longer than we said.'],
  },
  {
    // a restaurant's menu cut down or a favourite dish taken off it
    id: 'menu',
    sites: 'not-app',
    label: 'the changes to our menu',
    examples: {
      hits: [
        'The menu is much smaller than it used to be.',
        'You took my favourite curry off the menu.',
        'Half our favourite dishes are gone.',
        'They no longer serve the vegan breakfast.',
      ],
      misses: ['The new menu is fantastic.', 'The menu had so much choice.', 'The food was cold.'],
    },
    patterns: [
      "\\bmenu\\b[^.!?\\n]{0,30}?\\b(?:is|was|has been|got|has got|seems|looks|feels)\\b (?:\\w+ ){0,2}?(?:smaller|shorter|reduced|cut down|limited|tiny|halved)\\b",
      "\\b(?:(?:smaller|shorter|reduced|cut-?down|limited) menu|(?:taken|took|removed|dropped|scrapped) (?:\\w+ ){0,4}?(?:off|from) (?:the|your) menu|no longer (?:on the menu|serve|serving|do|doing|offer|offering|make|making) (?:the|my|our|your|their|any)\\b|(?:favou?rites?|favou?rite (?:dish|dishes|meal|meals|pizza|curry|drinks?))\\b[^.!?\\n]{0,30}?\\b(?:are|is|have|has) (?:all )?(?:gone|disappeared|been (?:dropped|removed|taken off)))\\b",
    ],
    acknowledge: [
      'I am sorry some of your favourites are no longer on the menu; it is disappointing when a dish you came back for has gone.',
      'I understand that a smaller menu is a letdown when there were dishes you loved.',
    ],
    nextSteps: ['I have shared your note with our head chef today; if you reply with the dishes you miss most, I will pass those on too and let you know if any of them are coming back.'],
    publicNextSteps: ['We have shared your note with our head chef.'],
  },
  {
    // furniture meant to come assembled that came flat-packed, an assembly paid for and not done
    id: 'assembly',
    sites: 'not-app',
    label: 'the assembly',
    examples: {
      hits: [
        'The wardrobe was supposed to come assembled but it arrived flat-packed in six boxes.',
        'We paid for assembly but they just dropped the boxes in the hall.',
        'The bed arrived flat-packed even though we paid for it to be built.',
      ],
      misses: ['The flat-pack wardrobe was easy to build.', 'They assembled the bed in ten minutes.', 'The sofa arrived broken.'],
    },
    patterns: [
      "\\b(?:supposed|meant|paid|ordered|booked|promised|due|was to)\\b[^.!?\\n]{0,40}?\\b(?:assembled|assembly|built|put together|installed|fitted)\\b[^\\n]{0,80}?\\b(?:flat[- ]?pack(?:ed)?|in (?:\\w+ ){0,2}?boxes|in pieces|not assembled|unassembled|(?:left|dropped) (?:it|them|the boxes|the \\w+)|(?:no ?one|nobody) (?:assembled|built|put))\\b",
      "\\b(?:arrived|came|delivered|left)\\b (?:\\w+ ){0,2}?(?:flat[- ]?pack(?:ed)?|unassembled|in (?:\\w+ ){0,2}?boxes)\\b[^\\n]{0,80}?\\b(?:assembled|assembly|built|put together)\\b",
    ],
    overrides: ['damaged-item', 'unfinished-job', 'wrong-item', 'late-delivery'],
    step: { kind: 'put-right', what: 'assemble it for you' },
    acknowledge: [
      'I am sorry it was not assembled as it should have been; you should not be left to put it together yourself.',
      'Finding it still in boxes when it was meant to arrive assembled is frustrating, and I am sorry.',
    ],
    nextSteps: ['If you reply with a time that suits you, I will arrange for our team to assemble it this week at no charge; if you would rather do it yourself, I will refund any assembly charge instead.'],
    publicNextSteps: ['We would like to arrange the assembly for you at a time that suits you.'],
  },
  {
    // a service done badly: streaks on the windows, paint drips, a sloppy job (an unfinished one is unfinished-job)
    id: 'poor-work',
    sites: 'not-app',
    label: 'the standard of the work',
    examples: {
      hits: [
        'Window cleaner came, took the money and left streaks on every single window.',
        'The decorator left paint drips all over the skirting.',
        'Really sloppy work on the fence.',
      ],
      misses: ['They left the windows sparkling.', 'The work was tidy and quick.', 'The painters left stains on my carpet and chipped the door frame.'],
    },
    patterns: [
      "\\b(?:left|leaving|leaves)\\b (?:\\w+ ){0,2}?(?:streaks|smears|smudges|drips|paint runs|missed (?:bits|spots|patches))\\b",
      "\\b(?:streaky|smeary|sloppy|shoddy|slapdash|half-hearted|careless|rushed|botched) (?:job|work|workmanship|paint(?:ing|work)?|clean(?:ing)?|finish|windows|repair|installation|decorating|plastering|tiling)\\b",
    ],
    step: { kind: 'put-right', what: 'redo what was not done properly' },
    acknowledge: [
      'I am sorry the work was not done to the standard you should expect from us.',
      'You paid for a job done properly, and I am sorry it was not.',
    ],
    nextSteps: ['If you reply with a time that suits you, I will send someone back this week to redo it properly at no charge.'],
    publicNextSteps: ['We would like to come back and put it right at no charge.'],
  },
  {
    // medicine that did not arrive: someone left without their tablets is a health worry before a parcel to trace
    id: 'medicine-late',
    sites: 'not-app',
    label: 'your medication',
    examples: {
      hits: [
        "My mum's prescription delivery did not arrive on Friday and she was without her heart tablets over the weekend.",
        'My repeat prescription still has not arrived.',
        'I went without my insulin for two days because the delivery never came.',
      ],
      misses: ['My prescription arrived the next day, brilliant service.', 'The pharmacy gave me the wrong dosage.', 'My parcel never arrived.'],
    },
    patterns: [
      "\\b(?:prescriptions?|medications?|medicines?|tablets|pills|inhalers?|insulin)\\b[^.!?\\n]{0,60}?\\b(?:did not|didn'?t|never|has not|hasn'?t|have not|haven'?t|still (?:has not|hasn'?t|have not|haven'?t|not)|not yet) (?:arrive|arrived|come|came|turn(?:ed)? up|been delivered|delivered|get delivered)\\b",
      "\\b(?:prescriptions?|medications?|medicines?) deliver(?:y|ies)\\b[^.!?\\n]{0,60}?\\b(?:late|(?:did not|didn'?t|never) (?:arrive|come|turn up)|missed|failed)\\b",
      "\\b(?:was|were|been|went|go|left|going) without (?:her|his|my|their|our) (?:\\w+ ){0,2}?(?:tablets|medication|medicine|medicines|pills|insulin|inhaler|prescription)\\b",
    ],
    overrides: ['late-delivery', 'lost-parcel', 'overdue-work'],
    acknowledge: [
      'I am very sorry the medication did not arrive when it should have; being left without it is a real worry, and I hope everyone is all right now.',
      'Medication that does not come when expected is worrying, and I am sorry; I hope everyone is all right now.',
    ],
    nextSteps: ['Today I will check that the medication is on its way or ready to collect and let you know which, and I will find out why the delivery did not come and tell you what we are changing.'],
    publicNextSteps: ['We would like to make sure the medication has reached you and find out what went wrong.'],
  },
  {
    // files, photos or data we lost or deleted: a cloud service, a sync app, a phone repair (not an app that only crashes)
    id: 'data-loss',
    label: 'your missing files',
    examples: {
      hits: [
        'Your sync client deleted 3 years of photos from my laptop after the update.',
        'All my documents are gone since the migration.',
        'The repair shop wiped all my photos.',
        'Oh great, another update that deletes all my notes.',
        'Support told me to reinstall, which wiped everything I had left.',
        'After version 5 it lost my shopping lists.',
        'Logged out after update, lost all my saved recipes.',
        'After your update last night half of my projects are gone. Months of work.',
      ],
      misses: ["I asked you to delete my data a month ago and you still haven't deleted my data.", 'The outage lasted an hour and no data was lost.', 'I deleted the files by mistake and your support helped me get them back.', 'The app keeps crashing since the last update.', 'I lost my patience with your support.'],
    },
    patterns: [
      // (not their own doing, and not a deletion asked for and not yet done: "you still haven't deleted my data")
      "\\b(?<!\\b(?:I|we|I accidentally|I had|we had|I have|we have) )(?<!(?:n't|n’t|\\bnot|\\bnever|\\bto|\\bplease) )(?:deleted|deletes|deleting|wiped|wipes|wiping|erased|erases|erasing|lost|loses|losing|corrupted|corrupts|overwrote|overwritten|overwrites|removed)\\b (?:all |most |half |some )?(?:of )?(?:\\d+ (?:years?|months?|weeks?) of |(?:years|months|weeks) of )?(?:my |our |the |all )?(?:\\w+ ){0,2}?(?:files|photos|pictures|data|documents|notes|contacts|e-?mails|recordings|videos|backups?|folders?|spreadsheets?|projects?|lists|playlists|progress|saves|journal(?:s|ing)?|entries|history|recipes|workouts|bookmarks|favou?rites|levels|streaks?|stats|records|drawings|chats|settings)\\b",
      // "which wiped everything I had left", "the update deleted everything"
      "\\b(?<!\\b(?:I|we) )(?:deleted|deletes|wiped|wipes|erased|erases) (?:absolutely )?(?:everything|it all)\\b",
      // (not "no data was lost")
      "\\b(?<!\\b(?:no|none of (?:the|my|our|your)|not any) )(?:files|photos|pictures|data|documents|notes|contacts|folders?|backups?|projects|spreadsheets|recordings|saves|saved games|save files|progress)\\b (?:are|were|have been|has been|got|is|was) (?:all |just |completely )?(?:gone|deleted|wiped|lost|missing|corrupted|disappeared)\\b",
    ],
    overrides: ['app', 'website', 'damaged-item'],
    // (an app that deleted the files is that problem, not a crash to send device details about)
    supersedes: ['app'],
    acknowledge: [
      'I am sorry your files have gone missing; I know how much they can matter, and I understand how worrying this is.',
      'Losing files that matter to you is distressing, and I am sorry this happened.',
    ],
    nextSteps: ['Today I am asking our technical team to check whether your files can be recovered{ref}, and I will update you by tomorrow with what they find.'],
    publicNextSteps: ['Our technical team is checking whether the files can be recovered.'],
    // a game's progress is no "files": "Lost all my progress after the update. Level 240 gone."
    variant: {
      cue: "\\b(?:progress|saves|saved games?|save (?:files?|data|game)|levels?|streaks?)\\b",
      acknowledge: ['I am sorry your progress has been lost; I know how much time you put into it.'],
      nextSteps: ['Today I am asking our technical team to check whether your progress can be restored{ref}, and I will update you by tomorrow with what they find.'],
      publicNextSteps: ['Our technical team is checking whether your progress can be restored.'],
    },
  },
  {
    // an app that will not sync between devices or with its server
    id: 'sync',
    label: 'the syncing problem',
    examples: {
      hits: ['Love the design, but sync has been broken for a month.', "My notes won't sync between my phone and laptop.", 'Syncing keeps failing since Tuesday.', 'Great app but the new update broke sync between my iPad and iPhone.'],
      misses: ['Sync works perfectly now.', 'The website is down again.'],
    },
    patterns: [
      `\\b(?:sync|syncing|synchroni[sz]ation|synchroni[sz]ing)\\b[^.!?\\n]{0,40}?\\b${NOT_NEGATED}(?:broken|broke|not working|doesn'?t work|does not work|stopped working|stopped|fails?|failed|failing|never works|is down|keeps failing|stuck)\\b`,
      "\\b(?:won'?t|doesn'?t|does not|will not|stopped|not|never|can'?t|cannot) (?:sync|syncing)\\b",
      // "the new update broke sync"
      "\\b(?:broke|breaks|broken|killed|kills|ruined|messed up) (?:the |my |all )?(?:sync|syncing|synchroni[sz]ation)\\b",
    ],
    overrides: ['app', 'website', 'damaged-item'],
    step: { kind: 'tech', what: 'the syncing problem' },
    acknowledge: ['I am sorry syncing has not been working for you; what you save should be the same on every device.'],
    nextSteps: ['I have passed the syncing problem to our developers today, and I will update you within two business days; until then, please do not reinstall, so nothing that has not synced yet is lost.'],
    publicNextSteps: ['Our developers are looking into the syncing problem, and your device model and app version would help them find the cause.'],
    short: {
      acknowledge: 'I am sorry syncing has not been working for you.',
      publicNextStep: 'Our developers are looking into the syncing problem; your device model and app version would help them.',
    },
  },
  {
    // an app that uses too much of the phone's battery
    id: 'battery',
    label: 'the battery drain',
    examples: {
      hits: ['It drains my battery in a few hours.', 'Huge battery drain since the update.', 'The app eats battery like crazy.'],
      misses: ['Battery life is great with this app.', 'The shop sold me a battery.'],
    },
    patterns: [
      "\\b(?:drain(?:s|ed|ing)?|kill(?:s|ed|ing)?|eat(?:s|ing)?|ate|murder(?:s|ed|ing)?|destroy(?:s|ed|ing)?|us(?:es|ing) (?:so much|too much|a lot of|half (?:of )?(?:my|the))) (?:all )?(?:of )?(?:my |the |your )?(?:phone'?s |phone’s )?battery\\b",
      '\\b(?:battery (?:drain|hog|killer)|drains? the battery)\\b',
    ],
    step: { kind: 'tech', what: 'the battery drain' },
    acknowledge: ['I am sorry the app is using so much of your battery; it should not.'],
    nextSteps: ['I have passed the battery drain to our developers today, and I will update you within two business days; your phone model would help them find the cause.'],
    publicNextSteps: ['Our developers are looking into the battery use, and your phone model and app version would help them find the cause.'],
    short: { publicNextStep: 'Our developers are looking into the battery use; your phone model would help them.' },
  },
  {
    // an app that is slow or laggy: on an app store's reviews only ("slow" elsewhere is a wait or a service)
    id: 'performance',
    label: 'the app being slow',
    sites: 'app',
    examples: {
      hits: ['The app is slow, it drains my battery.', 'So laggy since version 5.', 'Takes forever to load.'],
      misses: ['Not slow at all, works great.', 'Fast and smooth.'],
    },
    patterns: [
      `\\b(?:app|it|everything|ui|interface|scrolling|loading|startup)\\b[^.!?\\n]{0,20}?\\b${NOT_NEGATED}(?:(?:is|was|so|very|really|too|painfully|incredibly|super|extremely|unbearably|now) )*(?:slow|sluggish|laggy|lags|lagging)\\b`,
      `^\\s*${NOT_NEGATED}(?:so |very |really |super )?(?:slow|sluggish|laggy)\\b`,
      '\\b(?:takes|took|taking) (?:forever|ages|minutes) to (?:load|open|start|launch|sync)\\b',
    ],
    step: { kind: 'tech', what: 'the slowness' },
    acknowledge: ['I am sorry the app has been so slow for you; it should respond straight away.'],
    nextSteps: ['I have passed the slowness to our developers today, and I will update you within two business days; your device model and app version would help them find the cause.'],
    publicNextSteps: ['Our developers are looking into the slowness, and your device model and app version would help them find the cause.'],
    short: { publicNextStep: 'Our developers are looking into the slowness; your device and app version would help them.' },
  },
  {
    // too many adverts in an app
    id: 'ads',
    label: 'the ads',
    examples: {
      hits: ['Ads ads ads. Every two taps a full screen ad.', 'Way too many ads now.', 'An unskippable ad after every level.'],
      misses: ['No ads, which is great.', 'I saw your ad on TV and ordered.'],
    },
    patterns: [
      '\\b(?:ads,? ads|(?:too|so|way too) many (?:ads|adverts|advertisements|pop-?ups)|full[- ]?screen (?:ads?|adverts?|pop-?ups?)|unskippable (?:ads?|adverts?|videos?)|(?:constant|endless|non-?stop) (?:ads|adverts|pop-?ups)|(?:an? )?(?:ads?|adverts?) (?:after|every|on) every\\b)',
    ],
    step: { kind: 'look-into', what: 'how often the ads appear' },
    acknowledge: ['I understand the ads got in the way of using the app, and I am sorry.'],
    nextSteps: ['I have shared your feedback on the ads with the team that decides how often they appear, and I will let you know within a week what we change.'],
    publicNextSteps: ['We have passed your feedback on the ads to the team that decides how often they appear.'],
  },
  {
    // a hotel room other than the one booked and paid for: a sea view that looked onto the car park, a twin for a
    // double. The booking is checked against the room given; compensation asked for gets an answer, not a promise
    id: 'room-not-as-booked',
    sites: 'not-app',
    label: 'the room you were given',
    examples: {
      hits: [
        'We paid for a sea view room and got a view of the car park.',
        'Booked a sea-view double for our anniversary and were put in a room overlooking the bins.',
        'We got a twin room instead of the double we booked.',
        'The room was not the one we paid for.',
        'Our room looked out onto a brick wall.',
      ],
      misses: ['The sea view from our room was stunning.', 'We booked a double and got exactly that, lovely room.', 'The car park was full when we arrived.'],
    },
    patterns: [
      // a view paid for, and another given: "paid for a sea view room and got a view of the car park"
      "\\b(?:paid|booked|asked|reserved|requested|promised|chose|upgraded)\\b[^.!?\\n]{0,40}?\\b(?:sea|ocean|lake|river|city|garden|pool|mountain|harbour|harbor|beach|park|canal|castle)[- ]view\\b[^\\n]{0,100}?\\b(?:got|given|gave (?:us|me)|put (?:us|me) in|ended up (?:with|in)|instead|overlook(?:ed|ing)|looked (?:out )?(?:onto|over|at)|view of)\\b",
      // a room other than the one booked: "got a twin room instead of the double we booked"
      "\\b(?:got|given|gave (?:us|me)|put (?:us|me) in|ended up (?:with|in)) (?:an? |the )?(?:\\w+ ){0,2}?(?:room|twin|double|single|suite|bed|beds) instead of (?:the |our |my |a |an )?(?:\\w+ ){0,2}?(?:(?:we|I) (?:had )?(?:booked|paid for|reserved|asked for))\\b",
      "\\b(?:room|suite)\\b[^.!?\\n]{0,20}?\\b(?:was|is|wasn'?t|isn'?t)(?: not)? (?:nothing like |not )?(?:the (?:one|room|type)|what) (?:we|I) (?:had )?(?:booked|paid for|reserved)\\b",
      // the view itself: "our room looked out onto a brick wall"
      "\\b(?:room|balcony|window)\\b[^.!?\\n]{0,30}?\\b(?:looked (?:out )?(?:onto|over|at)|overlooked|overlooking|faced|facing|view of) (?:the |a |an )?(?:car ?park|parking(?: lot| area)?|bins|brick wall|wall|building site|construction site|motorway|main road|air vents?|kitchen extractor)\\b",
    ],
    step: { kind: 'look-into', what: 'how your room came to differ from your booking' },
    acknowledge: [
      'I am sorry the room you were given was not the one you booked and were looking forward to.',
      'I understand how disappointing it is to arrive and find a different room from the one you paid for, and I am sorry.',
    ],
    nextSteps: ['Today I will check your booking{ref} against the room you were given, and by tomorrow I will email you what we found and a clear answer on what we can do about the difference.'],
    publicNextSteps: ['We are checking the booking against the room you were given, and we would like to talk it through with you.'],
    // compensation asked for: answered, not promised before the booking is checked
    variant: {
      cue: '\\b(?:compensat\\w*|partial refund|money back|discount|reimburse\\w*|(?:some|a) refund|pay (?:us|me) back|difference back)\\b',
      acknowledge: [
        'I am sorry the room you were given was not the one you booked and were looking forward to.',
        'I understand how disappointing it is to arrive and find a different room from the one you paid for, and I am sorry.',
      ],
      nextSteps: ['Today I will check your booking{ref} against the room you were given, and by tomorrow I will email you what we found and a clear answer on your request for compensation.'],
      publicNextSteps: ['We are checking the booking against the room you were given, and we will answer your request for compensation directly.'],
    },
    withRefund: ['Today I will check your booking against the room you were given.'],
  },
  {
    // still in pain after a treatment: a filling, an extraction, a massage, a piercing. Someone's health: how they are,
    // a chance to be seen again soon, and nothing that says what caused it before anyone has looked
    id: 'treatment-pain',
    sites: 'not-app',
    label: 'the pain since your treatment',
    examples: {
      hits: [
        "Still in agony a week after the filling. I can't eat on that side.",
        'I have been in constant pain since the extraction on Monday.',
        'My tooth has been throbbing ever since my root canal.',
        'The filling still hurts when I bite down, two weeks later.',
        'My back is worse after the massage and still aching three days on.',
        'Had a tooth out on Monday and I am still in agony.',
      ],
      misses: ['No pain at all after the filling, thank you.', 'The extraction was painless and the dentist was lovely.', 'The filling did not hurt a bit.', 'I was in pain before the appointment and now I feel great.'],
    },
    patterns: [
      // the pain, then the treatment: "still in agony a week after the filling"
      "(?<!\\b(?:no|not|without|zero|any|little|less) )\\b(?:agony|pain|painful|throbbing|aching|sore|hurting|hurts|worse|swollen)\\b[^.!?\\n]{0,60}?\\b(?:after|since|from) (?:the |my |your |his |her |our |that )?(?:\\w+ ){0,2}?(?:filling|fillings|extraction|root canal|crown|implant|treatment|procedure|injection|wisdom (?:tooth|teeth)|scale and polish|massage|physio(?:therapy)?|adjustment|waxing|piercing|tattoo|laser|botox|filler|tooth (?:out|removal|pulled))\\b",
      // the treatment had, then the pain: "had a tooth out on Monday and I am still in agony"
      "\\b(?:had|having|got) (?:a |an |my |the |two |three )?(?:\\w+ )?(?:filling|fillings|extraction|root canal|crown|implant|injection|wisdom (?:tooth|teeth) (?:out|removed|taken out)|tooth (?:out|removed|pulled)|teeth (?:out|removed|pulled)|massage|piercing)\\b[^.!?\\n]{0,60}?\\b(?:still|been|now|constantly) (?:in (?:agony|pain|so much pain|constant pain)|hurting|throbbing|aching|sore|swollen)\\b",
      // the treatment, then the pain: "the filling still hurts when I bite down"
      "\\b(?:filling|fillings|extraction|root canal|crown|implant|injection|massage|piercing|tooth|teeth|gum|gums|jaw)\\b[^.!?\\n]{0,30}?\\b(?<!(?:\\bnot|\\bnever|\\bbarely|\\bhardly|\\bdid|\\bdoes|n't|n’t) )(?:still |really |so |constantly |keeps? )?(?:hurts|hurting|painful|agony|throbbing|aching|killing me|(?:has|have) been (?:hurting|throbbing|aching|agony))\\b",
    ],
    overrides: ['injury', 'treatment-result'],
    step: { kind: 'call', what: '' },
    acknowledge: [
      'I am very sorry to hear you are still in pain after your treatment; that is miserable to live with, and we want to help.',
      'I am so sorry you are still in pain, and I hope it eases soon; we would like to help.',
    ],
    nextSteps: [
      'I would like you to be seen again as soon as possible so we can check what is causing the pain; if you reply with a number, I will call you today to find you the earliest appointment. If the pain gets much worse, or you notice swelling or a fever, please seek urgent care rather than wait for us.',
    ],
    publicNextSteps: ['We would like to see you again as soon as possible to check it, so please get in touch and we will find you the earliest appointment.'],
  },
  {
    // a service the customer's business runs on went down (a platform, a till system, a booking system): what caused
    // it is found out and told; no money or losses promised before it is looked at
    id: 'outage',
    label: 'the outage',
    examples: {
      hits: [
        "Down for the third time this week. We lost a morning's sales.",
        'Your platform was offline for four hours on Saturday.',
        'The booking system went down during our busiest evening.',
        'Another outage today, our tills could not take payments.',
        'Servers down again and no status update.',
      ],
      misses: ['The website is down again.', 'The price went down last month.', 'We slowed down for the speed bump.', 'No outages since we switched to you.'],
    },
    patterns: [
      // the service and its going down: "your platform was offline", "the booking system went down"
      "\\b(?:platform|system|service|servers?|software|dashboard|tills?|till system|pos|point of sale|api|your (?:site|website|app))\\b (?:(?:\\w+ ){0,3}?(?:was|is|were|are|went|has been|have been|had been|keeps going|kept going|goes|going|been|is still|was still)) (?:completely |totally |fully )?(?:down|offline|unavailable|unreachable)\\b(?! (?:to|the|a|an|my|our|by|from)\\b)",
      "\\b(?:servers?|platform|system|service|site|website|app)\\b (?:down|offline) (?:again|for (?:the )?(?:\\w+ )?(?:hours?|days?|time|morning|afternoon))\\b",
      "(?<!\\bno )\\b(?:outages?|(?:hours?|day|days|morning|afternoon|evening) of downtime)\\b",
      // said alone, as the sentence's start: "Down for the third time this week."
      "(?<=(?:^|[.!?\\n])\\s{0,3})(?:down|offline) (?:again|twice|for the (?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)|umpteenth|nth) time)\\b",
    ],
    overrides: ['website', 'app'],
    findsCause: true,
    step: { kind: 'tech', what: 'the outage' },
    acknowledge: [
      'I understand how disruptive it is when a service you run your business on is unavailable, and I am sorry.',
      'I am sorry for the disruption the outage caused you; I know you rely on the service being there when you need it.',
    ],
    nextSteps: ['Today I am getting a full account of the outage from our engineering team, and by tomorrow I will email you what caused it and what we are doing to prevent it.'],
    publicNextSteps: ['Our engineering team is looking into what caused the outage, and we will share what we find with you directly.'],
    short: { publicNextStep: 'Our engineers are looking into what caused the outage.' },
  },
  {
    // a return turned down (a tag cut, past the window, worn): the decision looked at again, with the reasons, and
    // no promise to take it back before it is
    id: 'return-refused',
    sites: 'not-app',
    label: 'your return',
    examples: {
      hits: [
        'You refused my return because the tag was cut.',
        'They would not accept the return even though it was unworn.',
        'My return was rejected for being two days late.',
        "The shop won't let me return it without the box.",
        'Refused to take the jacket back.',
      ],
      misses: ['The return was accepted straight away.', 'I returned the boots on 3 March and I still have not received my money.', 'They refused to give me a refund.'],
    },
    patterns: [
      "\\b(?:refused|rejected|declined|denied|turned down|wouldn'?t accept|won'?t accept|would not accept|will not accept|not accept|refuse to accept|refused to accept|refusing) (?:my|our|the|this) (?:\\w+ )?(?:returns?|exchange)\\b",
      "\\b(?:returns?|exchange)\\b (?:was|were|has been|had been|got|is being) (?:\\w+ )?(?:refused|rejected|declined|denied|turned down)\\b",
      "\\b(?:won'?t|wouldn'?t|will not|would not|refused to|refuse to|refuses to|can'?t|cannot|didn'?t|did not) (?:let (?:me|us) (?:return|exchange)|(?:take|accept) (?:it|them|this|these|the \\w+|my \\w+) back)\\b",
    ],
    overrides: ['refund-refused', 'refund'],
    supersedes: ['refund-refused'],
    step: { kind: 'look-into', what: 'the decision on your return' },
    acknowledge: [
      'I can see why you were unhappy to have your return turned down, and I would like to look at it again.',
      'I understand how frustrating it is to have a return refused, and I want to make sure the decision was right.',
    ],
    nextSteps: ['I will look at your return{ref} again myself today and email you by tomorrow with a clear answer and the reasons for it.'],
    publicNextSteps: ['We would like to look at your return again.'],
  },
  {
    // clothes or shoes that did not fit as the size guide said: the guide is checked against the item
    id: 'sizing',
    sites: 'not-app',
    label: 'the sizing',
    examples: {
      hits: ['The size guide is wrong.', 'I followed your size chart and it still does not fit.', 'These boots run really small.', 'Size guide is way off, the medium is more like an XS.'],
      misses: ['The size guide was spot on.', 'Followed the size guide and it fits perfectly.', 'The portion size was tiny.'],
    },
    patterns: [
      "\\bsize (?:guide|chart|guidance)\\b[^.!?\\n]{0,30}?\\b(?:wrong|off|inaccurate|incorrect|useless|misleading|rubbish|a joke|out|not accurate|nothing like)\\b",
      "\\b(?:followed|used|went by|checked|going by|according to) (?:the|your) size (?:guide|chart)\\b[^.!?\\n]{0,60}?\\b(?:(?:doesn'?t|don'?t|didn'?t|does not|do not|did not|won'?t) (?:\\w+ )?fit|too (?:small|big|large|tight|loose|short|long|narrow))\\b",
      "\\b(?:runs?|ran|came up|comes? up|fits?) (?:really |very |so |way |much |far |a (?:lot|bit|size) |two sizes |one size |a full size )?(?:small|large|big|tiny|huge|narrow)\\b",
    ],
    step: { kind: 'look-into', what: 'the size guide for this item' },
    acknowledge: ['I am sorry it did not fit the way our size guide suggested it would.'],
    nextSteps: ['I have asked our product team to check the size guide for this item against the item itself this week, and I will let you know what they find.'],
    publicNextSteps: ['We have asked our product team to check the size guide for this item.'],
  },
  {
    // paying to send back goods that did not suit: the cost is answered, not waived before the return is looked at
    id: 'return-cost',
    sites: 'not-app',
    label: 'the cost of sending it back',
    examples: {
      hits: ['I have to pay to send it back?', 'Dress came up tiny, had to send it back at my own cost.', 'You expect me to pay for return postage on a faulty item.', 'Returns are not even free.', 'Why am I paying the return shipping?'],
      misses: ['Returns were free and easy.', 'Happy to pay to send it back, no problem.', 'I paid for express delivery.'],
    },
    patterns: [
      "\\b(?:have|had|has|having|make|made|making|want|wants|expect|expects|expected|ask|asks|asked|asking|supposed|charge|charged|charging|got) (?:me |us )?to pay (?:for )?(?:the |my |our )?(?:postage |shipping |delivery |courier )?(?:to (?:send|post|ship|return) (?:it|them|this|these|the \\w+|everything) back|(?:to )?return (?:it|them)|return (?:postage|shipping|delivery|label|costs?|fees?))\\b",
      "\\b(?:pay|paying|paid|charged?)\\b[^.!?\\n]{0,20}?\\b(?:for )?(?:the )?(?:return (?:postage|shipping|label|delivery|costs?|fees?)|postage to (?:send|return) (?:it|them) back)\\b",
      "\\b(?:send|sent|sending|post|posted|return|returned|ship|shipped) (?:it|them|this|these|the \\w+|everything) back at (?:my|our) (?:own )?(?:cost|expense)\\b",
      "\\b(?:return (?:postage|shipping|labels?)|returns?) (?:isn'?t|is not|aren'?t|are not|wasn'?t|was not|weren'?t|were not) (?:even )?free\\b",
    ],
    step: { kind: 'look-into', what: 'the cost of sending it back' },
    acknowledge: ['I understand it feels unfair to pay to send back something that did not work out for you.'],
    nextSteps: ['I will look at your return{ref} today and reply by tomorrow with a clear answer on the cost of sending it back.'],
    publicNextSteps: ['We would like to talk the cost of your return through with you.'],
  },
  {
    // a replacement the customer says is already on its way: when it arrives is what they want, not another one offered
    id: 'replacement-coming',
    sites: 'not-app',
    label: 'your replacement',
    examples: {
      hits: [
        'Your support already said a replacement is on its way, I just want to know when it will arrive.',
        'The replacement has been dispatched apparently but there is no tracking.',
        'A replacement was already sent last week and it still has not arrived.',
        'Great, the replacement you promised still has not arrived.',
      ],
      misses: ['Can you send a replacement?', 'The replacement arrived quickly and works perfectly.', 'I want a replacement or a refund.'],
    },
    patterns: [
      "\\breplacements?\\b[^.!?\\n]{0,40}?\\b(?:(?:is|was|'s|are|were) (?:already |now |apparently |supposedly )?(?:on (?:its|their|the) way|being (?:sent|shipped|dispatched|posted)|coming|in the post)|(?:has|had|have) (?:already |apparently |supposedly )?been (?:sent|dispatched|shipped|posted|arranged|ordered)|already (?:sent|dispatched|shipped|posted|on (?:its|the) way))\\b",
      // promised and not here: "the replacement you promised still has not arrived"
      "\\breplacements?\\b (?:\\w+ ){0,3}?(?:promised|agreed|sent|dispatched|arranged|ordered)\\b[^.!?\\n]{0,40}?\\b(?:still (?:not|hasn'?t|has not|isn'?t|is not|no sign)|(?:hasn'?t|has not|never|not yet|didn'?t|did not) (?:arrived|arrive|come|turned up|shown up))\\b",
    ],
    supersedes: ['damaged-item', 'wrong-item', 'quality', 'late-delivery'],
    step: { kind: 'trace', what: 'check where your replacement has got to' },
    acknowledge: ['I am sorry about the trouble with your order, and I understand you want to know exactly when your replacement will reach you.'],
    nextSteps: ['Today I will check where your replacement{ref} has got to, and by tomorrow I will email you the date it will reach you.'],
    publicNextSteps: ['We will check where your replacement is and confirm when it will reach you.'],
  },
  {
    // an allergy or intolerance we were told about, and a dish that came with it anyway. Someone's health: the reply
    // hears it seriously and looks into how it was handled, and in public admits nothing it has not yet checked
    id: 'allergy',
    sites: 'not-app',
    label: 'the allergy you told us about',
    examples: {
      hits: [
        'My husband has a nut allergy which we told the waitress about twice, and his dessert still came with almonds on top.',
        'I told them I was coeliac and the burger came on a normal bun.',
        'Served my son a dish with peanuts even though we said he is allergic.',
      ],
      misses: ['They were brilliant with my nut allergy and the chef came out to talk us through the menu.', 'I had an allergic reaction to the hair dye.', 'The menu marks every allergen clearly.'],
    },
    patterns: [
      // the allergy, then the food that had it: "a nut allergy which we told the waitress about twice, and his dessert still came with almonds"
      "\\b(?:allerg(?:y|ies|ic)|coeliac|celiac|intoleran(?:t|ce))\\b[^\\n]{0,160}?\\b(?:still (?:came|arrived|had|was|contained)|came (?:out )?with|arrived with|(?:it |which |that )?contained|(?:was|were) (?:topped|covered|sprinkled|cooked|fried|made) (?:with|in)|came on a (?:normal|regular|wheat|standard)|(?:had|with) (?:nuts|peanuts|almonds|cashews|walnuts|pecans|pistachios|sesame|prawns|shrimp|shellfish|gluten|dairy|cheese|milk|cream|butter|egg|eggs|soy|mustard|celery|wheat) (?:in|on)\\b)",
      // the food, then what they had told us: "served my son a dish with peanuts even though we said he is allergic"
      "\\b(?:served|gave|brought|came with|arrived with|contained)\\b[^.!?\\n]{0,60}?\\b(?:even though|despite|although|after) (?:I|we|us|me|my \\w+)?\\s?(?:had )?(?:told|telling|said|saying|mentioned|mentioning|warned|warning|explained|explaining|asked|asking)\\b[^.!?\\n]{0,60}?\\b(?:allerg(?:y|ies|ic)|coeliac|celiac|intoleran(?:t|ce))\\b",
    ],
    step: { kind: 'look-into', what: 'how the allergy you told us about was handled' },
    acknowledge: [
      'I am very sorry to read this; when you tell us about an allergy, you should be able to trust every dish that comes to the table.',
    ],
    nextSteps: [
      'Today I am going through what happened with the kitchen and the team who served you, and by the end of the week I will tell you what we found and what we are changing in how allergies are passed on.',
    ],
    publicNextSteps: ['We take allergies very seriously, and we are going through how this order was handled with the kitchen and the team.'],
    short: {
      acknowledge: 'I am very sorry to read this; an allergy you tell us about must always be taken seriously.',
      publicNextStep: 'We take allergies very seriously and are going through how this was handled.',
    },
  },
  {
    // paid extra for faster delivery (express, next day) that did not come faster: the fee is answered, with no
    // promise of the money before the delivery has been checked
    id: 'express-fee',
    sites: 'not-app',
    label: 'the express delivery charge',
    requires: "\\b(?:express|next[- ]day|nominated[- ]day|priority|expedited|same[- ]day|24[- ]?(?:hour|hr)|guaranteed)\\b",
    examples: {
      hits: [
        'Paid £9.99 for next day express delivery and it took 6 days.',
        'I want my express shipping fee refunded.',
        'Paid for next day delivery and it arrived four days later.',
      ],
      misses: ['Paid for next day delivery and it came the next morning. Great.', 'Express delivery was quick.', 'My parcel is three days late.'],
    },
    patterns: [
      // paid for it, and it was late: "paid £9.99 for next day express delivery and it took 6 days"
      "\\b(?:paid|paying|pay|charged)\\b(?:[^.!?\\n]|\\.(?=\\d)){0,30}?\\b(?:express|next[- ]day|nominated[- ]day|priority|expedited|same[- ]day|24[- ]?(?:hour|hr)|guaranteed)\\b[^.!?\\n]{0,30}?\\b(?:delivery|shipping|postage|service)\\b[^.!?\\n]{0,40}?\\b(?:took (?:\\w+ ){0,2}?(?:days?|weeks?)|arrived (?:\\w+ ){0,2}?(?:days?|weeks?) later|(?:days?|weeks?) late|(?:still )?(?:hasn'?t|has not|didn'?t|did not|never) (?:arrived|come|turned up)|still (?:not|hasn'?t) (?:here|arrived))\\b",
      // the fee asked back: "I want my express shipping fee refunded"
      "\\b(?:express|next[- ]day|nominated[- ]day|priority|expedited|same[- ]day|24[- ]?(?:hour|hr))(?: (?:delivery|shipping|postage))? (?:fee|charge|cost|payment|upgrade)\\b[^.!?\\n]{0,30}?\\b(?:refund(?:ed)?|back|returned|reimbursed)\\b",
      "\\b(?:refund|reimburse|money back for|pay back)\\b[^.!?\\n]{0,20}?\\b(?:the |my |our )?(?:express|next[- ]day|priority|expedited|same[- ]day)(?: (?:delivery|shipping|postage))? (?:fee|charge|cost)\\b",
    ],
    // (the fee they ask back is this, not a refund of the order)
    overrides: ['refund', 'late-delivery'],
    step: { kind: 'money', what: 'the express delivery charge' },
    acknowledge: ['I understand you paid extra for a faster delivery, and it did not reach you in the time you paid for.'],
    nextSteps: [
      'Today I will check the dispatch date{ref} against the delivery you paid for, and if we missed it, I will refund the express charge within 2 business days and email you to confirm.',
    ],
    publicNextSteps: ['We will check the delivery you paid for and, if we missed it, refund the express charge.'],
  },
];

/**
 * One next step for two or more topics whose steps make the same kind of promise: {what} is their `what`s
 * joined ("how your booking went astray and why you were kept waiting"), {ref} the reference when the
 * first topic of the reply is among them. A kind with none here keeps its first topic's step only.
 */
export const MERGED_STEPS: Partial<Record<StepKind, string>> = {
  'look-into': 'This week I am looking into {what}, and I will come back to you with what we found and what we are changing.',
  money: 'Today I will go through {what}{ref}, and by tomorrow I will email you a clear answer; anything taken in error will be refunded within 2 business days.',
  'put-right': 'If you reply with a time that suits you, I will arrange for us to {what} this week, at no charge.',
  send: 'Today I will arrange {what}{ref} at no cost to you, or a full refund if you would rather; I will email you the details by tomorrow.',
  repair: 'I have asked the team to {what} this week, and I will let you know once it is done.',
  damage: 'If you send me photos of the damage to {what}, I will confirm within one business day how we will repair it or cover the cost.',
  trace: 'Today I will {what}, and I will update you by tomorrow with what we found.',
  tech: 'I have passed {what} to our technical team today, and I will update you within two business days.',
};

/** Greeting lines: {name} is the customer's first name. */
export const GREETINGS = {
  named: ['Hi {name},', 'Hello {name},', 'Dear {name},'],
  anonymous: ['Hello,', 'Hi there,'],
  publicNamed: ['Hi {name},', 'Dear {name},'],
  publicAnonymous: ['Hello,', 'Hi there,'],
} as const;

export const THANKS = {
  complaint: [
    'Thank you for taking the time to tell us about this.',
    'Thank you for letting us know what happened.',
    'Thank you for reaching out and explaining the situation.',
  ],
  review: [
    'Thank you for taking the time to leave a review.',
    'Thank you for sharing your experience with us.',
  ],
  positive: [
    'Thank you so much for your kind words!',
    'Thank you for the wonderful review!',
    'Thank you so much for taking the time to share this!',
  ],
  neutral: ['Thank you for your message.', 'Thank you for getting in touch.'],
  /**
   * A complaint that also praised something ("Lovely staff and great coffee, but ..."): {about} is " about the
   * staff and the coffee" when what they praised can be named, or nothing.
   */
  mixedReview: ['Thank you for your review, and for the kind words{about}.', 'Thank you for sharing your experience, and for your kind words{about}.'],
  mixedComplaint: ['Thank you for getting in touch, and for your kind words{about}.', 'Thank you for letting us know, and for the kind words{about}.'],
  /** Praise written after a death (a funeral director, a vet at the end of a pet's life). */
  grief: [
    'Thank you for your kind words, and please accept our sincere condolences.',
    'We are so sorry for your loss, and thank you for taking the time to write to us.',
  ],
} as const;

export const POSITIVE_FOLLOWUPS: readonly string[] = [
  'It means a lot to our team to hear that, and we have shared your note with everyone.',
  // (every positive closing already looks forward to seeing them again)
  'We are delighted you had such a good experience with us.',
  'Feedback like yours makes our day, and we will pass it on to the whole team.',
];

export const POSITIVE_MENTIONS: readonly { pattern: string; text: string }[] = [
  { pattern: '\\b(?:staff|team|service|waiter|waitress|server|employee|agent|support)\\b', text: 'We will pass your compliments on to the team.' },
  { pattern: '\\b(?:food|meal|dish|coffee|pizza|pasta|burger|dessert|menu|cake|breakfast|lunch|dinner|brunch|drinks?)\\b', text: 'We are so glad you enjoyed the food.' },
  { pattern: '\\b(?:fast|quick|on time|speedy|early) (?:delivery|shipping|service)\\b|\\barrived (?:early|quickly|fast|on time)\\b', text: 'We are glad your order reached you quickly.' },
  // (not "beautiful" alone: a beautiful venue or view is no product's quality)
  { pattern: '\\b(?:quality|well made|beautifully made|sturdy|works (?:great|perfectly))\\b', text: 'We are happy the quality lived up to your expectations.' },
];

/** Praise with a small point to improve ("Only niggle was the bar ran out of prosecco"): said after the thanks. */
export const NIGGLE_NOTE = 'We have also taken note of the point you raised, so we can do better there next time.';

/** Apologies; one that says "this time" is left out when the message says the problem has happened before. */
export const APOLOGIES: readonly string[] = [
  'I am sorry for the trouble this has caused you.',
  'Please accept our apologies for the inconvenience.',
  'I apologize that we let you down this time.',
];

/**
 * The problem has happened before ("third time this year", "again", "not the first time"): said after the topics'
 * acknowledgments. `health` for someone's health: their account told back, nothing admitted, no "put up with"
 */
export const REPEAT_ACK = {
  general: [
    'I know this is not the first time this has happened to you, which makes it all the more disappointing.',
    'I can see this has happened to you more than once now, which makes it all the harder to put up with.',
  ],
  health: ['I understand from your message that this is not the first time, and we are taking it seriously.'],
} as const;

/**
 * The step for a repeated problem: its pattern, not only this instance. `what` joins a look-into step the reply
 * already has (MERGED_STEPS['look-into']); `step` stands alone when it has none; `public` follows a public step.
 */
export const REPEAT_STEP = {
  what: 'why this keeps happening',
  step: 'As this has happened more than once, I am also looking into why it keeps happening, and by the end of the week I will let you know what we are changing as a result.',
  public: 'We are also looking into why this has happened more than once.',
  publicAlone: 'We are looking into why this has happened more than once.',
} as const;

/**
 * A review that lists several problems ("slow, drains my battery, and the price doubled"): `full` in place of the
 * topics' acknowledgments, naming up to four of them ({what}); `short`, in a reply cut to fit, before the main
 * problem's acknowledgment.
 */
export const MANY_ACK = {
  full: 'I am sorry about each of the problems you list: {what}.',
  short: 'We are looking at each of the problems you list.',
} as const;

export const GENERIC_ACK: readonly string[] = [
  'I understand your experience did not meet your expectations, and I want to put that right.',
  'I hear your concerns, and I would like to help resolve them.',
];

export const GENERIC_NEXT: readonly string[] = [
  'I will look into this today and get back to you by tomorrow with a solution.',
  'I will review what happened today and reply to you within one business day with how we will fix it.',
];

/**
 * On an app store's reviews: no private message can reach the reviewer, and "contact us directly" leaves them asking
 * how. Google Play and the App Store show each app's support contact (an email address or a website) on its store page.
 */
export const APP_INVITE = 'Please contact us through the app support details on our store page, and we will get back to you within one business day.';

export const PUBLIC_INVITES: readonly string[] = [
  'Please contact us directly by email or phone, and we will get back to you within one business day.',
  'Please send us a private message with your contact details so we can look into this together; we will reply within one business day.',
];

export const CLOSINGS = {
  complaint: ['Thank you again for your patience.', 'Thank you again for bringing this to our attention.'],
  positive: ['We look forward to welcoming you back soon.', 'We hope to see you again soon.'],
  neutral: ['Please let me know if there is anything else I can help with.'],
  // an app's reviewer is not a visitor to welcome back
  app: ['Thank you for using the app, and we hope it keeps serving you well.', 'Thank you for choosing our app, and enjoy using it.'],
  // not "we hope to see you again" to someone who has just lost a person or a pet
  grief: ['Our thoughts are with you.', 'With our warmest thoughts to you.'],
} as const;

/** Thanks for how we helped someone who was hurt elsewhere: a hope that they are better. */
export const WELLBEING = {
  person: 'We hope everyone is feeling better now.',
  pet: 'We hope your pet is feeling better now.',
} as const;

/** After THANKS.grief, in place of a POSITIVE_FOLLOWUPS line (no "delighted", no "makes our day"). */
export const GRIEF_FOLLOWUP = 'It means a great deal to us that we could help at such a difficult time.';

export const SIGN_OFFS: readonly string[] = ['Best regards,', 'Kind regards,', 'Warm regards,'];

/**
 * Shorter forms for a reply cut to fit a box with a character limit (Google Play: 350): said in place of the
 * longest parts when even the shortest of each list above does not fit.
 */
export const SHORT_FORMS = {
  thanksReview: 'Thank you for your review.',
  thanksComplaint: 'Thank you for telling us.',
  publicInvite: 'Please contact us directly, and we will reply within one business day.',
  appInvite: 'Please contact us via the app support details on our store page; we reply within one business day.',
} as const;
