/**
 * Phrase rules for what a word list misses, as data. Each entry says where it came from:
 *  - 'customer-service de-escalation guidance (shared/seeds)': the behaviours the support-writing
 *    articles in ../shared/seeds warn against or recommend (paraphrased into patterns, no quotes);
 *  - 'issue 3': the families and example phrases listed in the issue;
 *  - 'own: …': our own knowledge of how hostile / calming English is written.
 * Patterns are tried case-insensitively and stickily at a word whose lowercase form is an
 * anchor; a word boundary is implied at the end. Keep gaps bounded ({0,3}) so matching is linear.
 */
import type { PhraseEntry } from './entry';

const SEEDS = 'customer-service de-escalation guidance (shared/seeds)';
const ISSUE = 'issue 3';
const OWN = 'own: common English hostile/calming phrasing';
/** One optional adverb between words ("you clearly didn't"). */
const ADV = "(?:(?:clearly|obviously|apparently|really|even|just|still|seriously|honestly|actually)\\s+)?";
const IAM = "(?:i'm|i’m|im|i am|we're|we’re|we are)";
const IWILL = "(?:i'll|i’ll|i will|we'll|we’ll|we will|i'm going to|we're going to|i am going to|we are going to)";
const DONT = "(?:don't|don’t|dont|do not|didn't|didn’t|didnt|did not|can't|can’t|cant|cannot|can not|won't|won’t|wont|never|failed to|fail to)";
const THATS = "(?:that's|that’s|thats|that is|this is|it's|it’s|its|it is)";

export const PHRASES: readonly PhraseEntry[] = [
  // ── blame aimed at the reader ────────────────────────────────────────────
  { id: 'your-fault', kind: 'blame', anchors: ['your', 'ur'], pattern: "(?:your|ur) (?:own )?(?:fault|mistake|problem|screw[- ]?up|own doing)", weight: 1.2,
    why: 'Puts the blame on the reader.', examples: ["That's your own fault.", 'not my issue, your problem'], counterExamples: ['Your order is on its way'], source: ISSUE },
  { id: 'on-you', kind: 'blame', anchors: ["that's", 'that’s', 'thats', 'that', 'this', "it's", 'it’s', 'its', 'it'], pattern: `${THATS} (?:on you|all on you|your (?:own )?(?:fault|problem|mistake|issue))`, weight: 1.2,
    why: 'Puts the blame on the reader.', examples: ["Did you even read the listing? That's on you", 'this is your problem'], counterExamples: ["That's on us, sorry"], source: ISSUE },
  { id: 'you-didnt-read', kind: 'blame', anchors: ['you', 'u'], pattern: `(?:you|u) ${ADV}${DONT} ${ADV}(?:bother(?:ed)? to |even )?(?:read|listen|pay attention|understand|check|look|follow|get it)`, weight: 1,
    why: 'Accuses the reader of not reading or not listening.', examples: ["you clearly didn't read the instructions", 'You never listen', 'you did not even read it'], counterExamples: ['you can check the status here'], source: ISSUE },
  { id: 'did-you-even', kind: 'blame', anchors: ['did', 'do', 'have', 'can', 'are'], pattern: "(?:did|do|have|can|are) (?:you|u) (?:even|actually|ever) (?:read|look|listen|check|try|bother|think|know|understand|care|reading|looking|listening)", weight: 1.2,
    why: 'A loaded question that implies the reader did not try.', examples: ['Did you even READ my email?!', 'do you even know what you are doing'], counterExamples: ['Did you try restarting the app?'], source: ISSUE },
  { id: 'learn-to-read', kind: 'blame', anchors: ['learn'], pattern: "learn (?:how )?to (?:read|listen|spell|write|drive|count|think)", weight: 1.3,
    why: 'Tells the reader they lack a basic skill.', examples: ['Learn to read.', 'learn how to spell'], source: ISSUE },
  { id: 'should-have', kind: 'blame', anchors: ['you', 'u'], pattern: "(?:you|u) (?:should|could|would|might) (?:have|of|'ve) (?:read|checked|known|looked|listened|asked|thought)", weight: 0.8,
    why: 'Tells the reader, after the fact, that it was their mistake.', examples: ['You should have read the description'], source: OWN },
  { id: 'you-ruined', kind: 'blame', anchors: ['you', 'u'], pattern: "(?:you|u) (?:guys |people )?(?:messed|screwed|fucked|effed) (?:it |this |that |everything )?up|(?:you|u) (?:ruined|broke|caused|wrecked|destroyed)", weight: 1,
    why: 'Accuses the reader of causing the problem.', examples: ['you screwed up my order', 'You ruined it'], source: OWN },
  { id: 'you-people', kind: 'blame', anchors: ['you'], pattern: "you people", weight: 1,
    why: '"You people" lumps the reader into a group and sounds contemptuous.', examples: ['What is wrong with you people'], source: OWN },
  { id: 'wrong-with-you', kind: 'insult', anchors: ['what', "what's", 'what’s', 'whats'], pattern: "(?:what's|what’s|whats|what is|what the (?:hell|heck|fuck) is) wrong with (?:you|u|your|ur|people)", weight: 1.2,
    why: 'Suggests something is wrong with the reader as a person.', examples: ["What's wrong with you?"], source: OWN },
  { id: 'your-problem-is', kind: 'blame', anchors: ['the'], pattern: "the (?:problem|issue) (?:is|here is) (?:you|that you)", weight: 1,
    why: 'Says the reader is the problem.', examples: ['The problem is you.'], source: OWN },

  { id: 'what-did-you-expect', kind: 'blame', anchors: ['what'], pattern: "what (?:did|do|else did|else do|were|are) (?:you|u) (?:expect|think would happen|think was going to happen)", weight: 1,
    why: 'A rhetorical question that blames the reader.', examples: ['What did you expect?'], source: OWN },
  { id: 'people-like-you', kind: 'blame', anchors: ['customers', 'people', 'guests', 'clients', 'someone', 'folks', 'users'], pattern: "(?:customers|people|guests|clients|folks|users|someone) like (?:you|u|yourself)", weight: 1.2,
    why: '"People like you" is contempt for the reader as a type.', examples: ['Customers like you are the reason we raised prices.'], source: OWN },
  { id: 'on-your-end', kind: 'blame', anchors: ['on'], pattern: "on (?:your|ur) end", weight: 0.7,
    why: 'Puts the fault on the reader\'s side.', examples: ['The problem seems to be on your end.'], counterExamples: ['on your order', "I'm on your side"], source: OWN },
  { id: 'your-attitude', kind: 'blame', anchors: ['your', 'ur'], pattern: "(?:your|ur) (?:attitude|rudeness|behaviou?r|tone|entitlement|lies|lying|ignorance|incompetence|stupidity|laziness|carelessness|negligence)", weight: 1,
    why: 'Attacks the reader\'s character or behaviour.', examples: ['The only thing broken is your attitude.'], source: OWN },
  { id: 'you-are-lying', kind: 'blame', anchors: ['you', "you're", 'you’re', 'youre', 'a', 'complete', 'total', 'outright', 'this', 'that', 'fake', 'blatant'], pattern: "(?:you're|you’re|youre|you are|you were) (?:lying|a liar|making (?:this|that|it|things) up|full of it)|(?:you|u) (?:lied|made (?:this|that|it) up)|(?:a |this is a |that is a |that's a )?(?:complete|total|outright|blatant|flat[- ]out) (?:lie|lies|fabrication|fiction|nonsense|fantasy)|fake (?:review|complaint|story|claim)", weight: 1.1,
    why: 'Calls the reader a liar.', examples: ['This review is a complete lie.', "You're lying.", 'Stop posting a fake review'], source: OWN },
  { id: 'if-you-had', kind: 'blame', anchors: ['if', 'maybe', 'had'], pattern: "(?:maybe )?(?:if|had) (?:you|u) (?:had |would have |'d )?(?:bothered|read|listened|checked|looked|paid attention|followed|measured|asked)", weight: 0.9,
    why: 'Says the problem would not exist if the reader had done better.', examples: ['Maybe if you had read the description, you would know.'], source: OWN },
  { id: 'control-your', kind: 'blame', anchors: ['control', 'watch', 'mind', 'keep'], pattern: "control (?:your|ur) (?:kids|children|child|dog|dogs|temper|mouth)|watch (?:your|ur) (?:mouth|tone|language)|mind your (?:own )?(?:business|manners|tone)|keep (?:your|ur) (?:opinions?|comments?|thoughts|complaints?|mouth) (?:to yourself|shut)", weight: 1.1,
    why: 'Orders the reader around as if scolding a child.', examples: ['Control your kids next time.', 'keep your opinions to yourself'], source: OWN },
  { id: 'you-sound', kind: 'insult', anchors: ['you', 'u'], pattern: "(?:you|u) (?:sound|seem|look|come across as|are being) (?:so |really |very |pretty |quite |like )?(?:exhausting|entitled|unhinged|crazy|ridiculous|insane|childish|pathetic|stupid|dumb|ignorant|clueless|rude|petty|miserable|bitter|hysterical|dramatic|unreasonable|a (?:nightmare|joke|child|troll))", weight: 1,
    why: 'Characterizes the reader in an insulting way.', examples: ['Honestly, you sound exhausting.', 'you are being ridiculous'], source: OWN },

  // ── dismissal ────────────────────────────────────────────────────────────
  { id: 'calm-down', kind: 'dismissal', anchors: ['calm', 'relax', 'chill', 'settle'], pattern: "(?:calm|settle) down|relax(?:,| already| dude| man| buddy| bro)|chill out", weight: 1.2,
    why: 'Telling someone to calm down dismisses how they feel.', examples: ['Calm down, it is just a delay.', 'relax, dude'], counterExamples: ['relax and enjoy your stay'], source: ISSUE },
  { id: 'whatever', kind: 'dismissal', anchors: ['whatever', 'whatevs'], pattern: "(?:whatever|whatevs)(?=\\s*(?:[.!,]|$))", weight: 1,
    why: '"Whatever" brushes the reader off.', examples: ['Whatever.', 'ok whatever, I give up', 'whatever'], counterExamples: ['whatever you need, just ask'], source: ISSUE },
  { id: 'as-i-said', kind: 'dismissal', anchors: ['as', 'like'], pattern: "(?:as|like) (?:i|we) (?:have )?(?:already |previously |clearly |just )?(?:said|stated|told you|explained|mentioned|wrote|pointed out)", weight: 1,
    why: 'Reminds the reader they were already told, which reads as impatient.', examples: ['As I already said, no refunds.', 'like I said before'], source: ISSUE },
  { id: 'as-stated', kind: 'dismissal', anchors: ['as'], pattern: "as (?:already |previously |clearly )(?:stated|mentioned|explained)", weight: 0.8,
    why: 'Reminds the reader they were already told, which reads as impatient.', examples: ['As previously stated, the store is closed.'], source: OWN },
  { id: 'per-my-last', kind: 'dismissal', anchors: ['per'], pattern: "per my (?:last|previous|earlier) (?:email|e-mail|message|mail|reply|note)", weight: 1.2,
    why: '"Per my last email" is read as "you did not read it".', examples: ['Per my last email, the refund was sent.'], source: ISSUE },
  { id: 'for-the-last-time', kind: 'dismissal', anchors: ['for'], pattern: "for the (?:last|third|fourth|fifth|tenth|hundredth|thousandth|millionth|umpteenth|nth) time", weight: 1.2,
    why: 'Signals exasperation at having to repeat yourself.', examples: ['For the last time, we do not ship there.'], source: ISSUE },
  { id: 'already-told', kind: 'dismissal', anchors: ['i', "i've", 'i’ve', 'ive', 'we', "we've", 'we’ve'], pattern: "(?:i|we|i've|i’ve|ive|we've|we’ve) (?:have )?already (?:told|explained|said|answered|replied|responded)", weight: 0.8,
    why: 'Reminds the reader they were already told, which reads as impatient.', examples: ["I've already told you twice."], source: OWN },
  { id: 'stop-whining', kind: 'dismissal', anchors: ['stop', 'quit'], pattern: "(?:stop|quit) (?:wasting|whining|complaining|crying|bitching|moaning|bothering|spamming|harassing|being (?:so )?(?:dramatic|rude|difficult|childish|ridiculous|stupid|an idiot))", weight: 1.2,
    why: 'Orders the reader to stop in a dismissive way.', examples: ['Stop wasting my time', 'quit whining'], source: ISSUE },
  { id: 'waste-my-time', kind: 'dismissal', anchors: ['wasting', 'waste', 'wasted', 'not'], pattern: "(?:wasting|waste|wasted) (?:of )?(?:my|our) (?:time|breath)|not worth (?:my|our) time", weight: 1,
    why: 'Says the reader is a waste of your time.', examples: ['you are wasting my time', 'not worth my time'], source: OWN },
  { id: 'no-time-for-this', kind: 'dismissal', anchors: ['i', 'we'], pattern: "(?:i|we) (?:don't|don’t|dont|do not) have time for (?:this|you|that)", weight: 1,
    why: 'Brushes the reader off.', examples: ["I don't have time for this."], source: OWN },
  { id: 'who-cares', kind: 'dismissal', anchors: ['who', 'nobody', 'no', 'i'], pattern: "(?<![a-z] )who (?:even |really |the hell |the fuck )?cares(?=\\s*(?:[?.!,]|$))|(?:nobody|no one|no-one) (?:really |actually )?cares(?=\\s*(?:[?.!,]|$| about (?:you|your|that|this|what)))|i (?:don't|don’t|dont|do not|couldn't|couldn’t|could not) (?:really )?care(?: less)?(?! (?:about|for|if|whether|how|what|which|when))", weight: 1,
    why: 'Tells the reader their concern does not matter.', examples: ['Who cares?', 'nobody cares', "I couldn't care less"], counterExamples: ["I don't care which color, any is fine", 'he has a mother who cares'], source: OWN },
  { id: 'get-over-it', kind: 'dismissal', anchors: ['get', 'deal', 'suck', 'grow', 'cry', 'boo', 'move', 'shut'], pattern: "get over (?:it|yourself)|get a (?:life|grip|clue)|deal with it|suck it up|grow up|cry (?:me )?a river|boo[- ]?hoo|move on already|shut (?:up|it|your (?:mouth|trap)|yer mouth)", weight: 1.2,
    why: 'Brushes off or silences the reader.', examples: ['Get over it.', 'grow up', 'Shut up'], source: OWN },
  { id: 'end-of-discussion', kind: 'dismissal', anchors: ['end', 'this', 'the', 'period', 'discussion'], pattern: "end of (?:story|discussion|conversation)|(?:this|the) (?:conversation|discussion) is over|discussion closed", weight: 1,
    why: 'Shuts the conversation down.', examples: ['No refund. End of story.'], source: OWN },
  { id: 'sorry-you-feel', kind: 'dismissal', anchors: ["i'm", 'i’m', 'im', 'i', "we're", 'we’re', 'we', 'sorry'], pattern: `(?:${IAM} )?sorry (?:that )?(?:you feel|you think|you're upset|you are upset|you're offended|you are offended|if you (?:feel|felt|were|are|think))`, weight: 1,
    why: '"Sorry you feel that way" is a non-apology that blames the reader\'s feelings.', examples: ["I'm sorry you feel that way.", 'sorry if you were offended'], source: SEEDS },
  { id: 'not-going-to-repeat', kind: 'dismissal', anchors: ['i', "i'm", 'i’m', 'im', 'not'], pattern: "(?:(?:i'm|i’m|im|i am) )?not (?:going to|gonna) (?:repeat|argue|explain|discuss) (?:this|myself|it|with you)", weight: 1,
    why: 'Shuts the conversation down.', examples: ["I'm not going to repeat myself."], source: OWN },

  { id: 'only-one-complaining', kind: 'dismissal', anchors: ['you', "you're", 'you’re', 'youre', 'nobody', 'no', 'everyone'], pattern: "(?:you're|you’re|youre|you are) the (?:only|first) (?:one|person|customer) (?:complaining|to complain|who|with)|(?:nobody|no one|no-one) else (?:has )?(?:ever )?(?:had|complained|has|seems to have|had trouble|has trouble|had a problem)|everyone else (?:manages|managed|seems to manage|understands|understood|figured)", weight: 1,
    why: 'Implies the reader is the problem because nobody else complains.', examples: ["You're the only one complaining.", 'Nobody else has ever had trouble with it.'], source: OWN },
  { id: 'not-happening', kind: 'dismissal', anchors: ["it's", 'it’s', 'its', 'that', "that's", 'that’s', 'thats', 'not', 'the', 'good'], pattern: "(?:(?:it's|it’s|its|it is|that's|that’s|thats|that is) )?not happening|the answer is (?:still )?no|good riddance", weight: 1,
    why: 'Shuts the reader down flatly.', examples: ["It's not happening.", 'The answer is no.', 'Good riddance.'], source: OWN },
  { id: 'better-things-to-do', kind: 'dismissal', anchors: ['i', 'we', 'have', 'got'], pattern: "(?:(?:i|we) (?:have|'ve got|’ve got|got) )?better things to do|(?:i|we) (?:won't|will not|won’t) be (?:responding|replying|engaging|discussing this) (?:further|any further|anymore|again)", weight: 1,
    why: 'Brushes the reader off.', examples: ['I have better things to do than argue.', "We won't be responding further."], source: OWN },
  { id: 'glad-you-wont-be-back', kind: 'dismissal', anchors: ["we're", 'we’re', 'we', 'glad', 'happy'], pattern: "(?:(?:we're|we’re|we are) )?(?:glad|happy|relieved) (?:you|u) (?:won't|won’t|will not|wont) be (?:back|returning|coming back)", weight: 1.3,
    why: 'Tells the reader they are not wanted.', examples: ["We're glad you won't be back."], source: OWN },
  { id: 'stop-demanding', kind: 'dismissal', anchors: ['stop', 'quit'], pattern: "(?:stop|quit) (?:threatening|demanding|lying|yelling|shouting|harassing|emailing|calling|messaging|posting|trolling|sending)", weight: 1,
    why: 'Orders the reader to stop in a dismissive way.', examples: ['Stop threatening us with bad reviews.'], source: OWN },
  { id: 'dont-care-what', kind: 'dismissal', anchors: ['i', 'we'], pattern: "(?:i|we) (?:don't|don’t|dont|do not) care (?:what|who|how|about your|if you|whether you)", weight: 0.9,
    why: 'Tells the reader their view does not matter.', examples: ["I don't care what the last guy told you."], counterExamples: ["I don't care which color"], source: OWN },

  // ── condescension ────────────────────────────────────────────────────────
  { id: 'obviously', kind: 'condescension', anchors: ['obviously', 'obvs'], pattern: "obviously|obvs", weight: 0.6,
    why: '"Obviously" implies the reader should already know.', examples: ['Obviously the item was used.'], source: ISSUE },
  { id: 'half-a-brain', kind: 'condescension', anchors: ['anyone', 'anybody', 'someone', 'any', 'a', 'even'], pattern: "(?:anyone|anybody|someone|any person|any idiot|any fool) with (?:half a brain|a brain|common sense|eyes|basic)|(?:even )?a (?:child|kid|toddler|monkey|five[- ]year[- ]old|5[- ]year[- ]old) (?:could|can|would|knows)", weight: 1.3,
    why: 'Implies the reader is not very bright.', examples: ['Anyone with half a brain would see it.', 'a child could do it'], source: ISSUE },
  { id: 'not-rocket-science', kind: 'condescension', anchors: ['not', "it's", 'it’s', 'its', 'it', 'this', "isn't", 'isnt'], pattern: `(?:(?:${THATS}) not|(?:isn't|isnt|isn’t)) (?:exactly )?(?:rocket science|brain surgery|that (?:hard|difficult|complicated))|how (?:hard|difficult) (?:is|can) it (?:be )?`, weight: 1.1,
    why: 'Implies the task is too easy to get wrong.', examples: ["It's not rocket science.", 'this is not that hard'], source: OWN },
  { id: 'how-hard', kind: 'condescension', anchors: ['how'], pattern: "how (?:hard|difficult) (?:is|can) it (?:be )?(?:to|for)", weight: 1.1,
    why: 'Implies the task is too easy to get wrong.', examples: ['How hard is it to read a label?'], source: OWN },
  { id: 'spell-it-out', kind: 'condescension', anchors: ['let', 'i', "i'll", 'i’ll'], pattern: "let me (?:spell it out|make (?:this|it) (?:simple|simpler|very clear|crystal clear)|explain (?:this|it) (?:again|slowly|one more time)|dumb it down)|i(?: will|'ll|’ll) (?:say|explain) (?:this|it) (?:slowly|one more time|again)", weight: 1.2,
    why: 'Talks down to the reader.', examples: ['Let me spell it out for you.', "I'll explain it slowly"], counterExamples: ['Let me explain how the refund works'], source: OWN },
  { id: 'pet-names', kind: 'condescension', anchors: ['sweetie', 'sweetheart', 'honey', 'hun', 'sweety', 'dear', 'buddy', 'pal', 'champ', 'sport', 'kiddo', 'princess'], pattern: "(?:sweetie|sweetheart|sweety|honey|hun|buddy|pal|champ|sport|kiddo|princess)(?=\\s*[,.!?])|dear(?=\\s*[,.!?])", weight: 0.8,
    why: 'A pet name aimed at a customer sounds patronizing.', examples: ['Look, sweetie, we close at five.', 'nice try, buddy.'], counterExamples: ['Dear customer'], source: OWN },
  { id: 'fyi-newsflash', kind: 'condescension', anchors: ['newsflash', 'news', 'for'], pattern: "newsflash|news flash|for your information", weight: 0.9,
    why: 'Talks down to the reader.', examples: ['Newsflash: we are a small shop.'], source: OWN },
  { id: 'bless-your-heart', kind: 'condescension', anchors: ['bless', 'educate', 'do', 'google', 'with', 'no', 'in', 'you'], pattern: "bless your (?:heart|soul)|educate yourself|do your (?:own )?research|google it|with all due respect|no offen[cs]e,? but|in case you (?:missed|didn't notice|didn’t notice|forgot|haven't noticed)|you do (?:realize|realise|understand)(?= that| this| we| it)", weight: 0.9,
    why: 'A polite-sounding phrase that talks down to the reader.', examples: ['With all due respect, you are wrong.', 'Educate yourself.', 'You do realize that this is a store?'], source: OWN },
  { id: 'try-reading', kind: 'condescension', anchors: ['try', 'maybe', 'next'], pattern: "(?:maybe |next time,? )?try (?:reading|actually reading|listening|using your (?:brain|head|eyes)|thinking)", weight: 1.1,
    why: 'Suggests the reader did not read or think.', examples: ['Maybe try reading the description next time.', 'try using your brain'], source: OWN },
  { id: 'its-simple', kind: 'condescension', anchors: ["it's", 'it’s', 'its', 'it', 'this', 'really'], pattern: `(?:${THATS}|really) (?:very |really |pretty |quite )?(?:simple|basic|common sense|not complicated)[.!]`, weight: 0.7,
    why: 'Implies the reader is missing something simple.', examples: ["It's really simple.", 'It is common sense.'], source: OWN },

  { id: 'what-part-unclear', kind: 'condescension', anchors: ['what', "i'm", 'i’m', 'im', 'not'], pattern: "what part of (?:that|this|no|my|the|our) [^.?!\\n]{0,40}?(?:unclear|understand|confusing|get)|(?:(?:i'm|i’m|im|i am) )?not sure what (?:part of (?:that|this) )?(?:was|is) (?:unclear|confusing|hard to understand)", weight: 1.2,
    why: 'Talks down to the reader.', examples: ["I'm not sure what part of that was unclear.", "What part of no don't you understand?"], source: OWN },
  { id: 'read-the-manual', kind: 'condescension', anchors: ['read', 'rtfm', 'next', 'check'], pattern: "(?:next time,? )?(?:read|check) the (?:manual|terms|description|instructions|listing|label|menu|fine print|faq|policy|sign|website)(?=\\s*(?:[.!]|$| next| first| before))|rtfm|next time,? (?:try|read|check|look|ask|measure|think)", weight: 1,
    why: 'A curt instruction to read what the reader supposedly ignored.', examples: ['Read the terms.', 'Next time try reading the menu.'], counterExamples: ['You can read the instructions here: link'], source: OWN },
  { id: 'we-are-not-a', kind: 'condescension', anchors: ["we're", 'we’re', 'we', 'this', "this's", 'it'], pattern: "(?:we're|we’re|we are|this is|it is|it's|it’s) (?:a|an) [a-z]{2,20}(?: [a-z]{2,20})?, not (?:a|an|your)(?= [a-z])", weight: 1,
    why: 'Lectures the reader about what the business is "not".', examples: ["We're a hotel, not a babysitting service."], source: OWN },
  { id: 'funny-how', kind: 'sarcasm', anchors: ['funny', "it's", 'it’s', 'its', 'interesting', 'amazing', 'hilarious', 'cute'], pattern: "(?:(?:it's|it’s|its|it is) )?(?:funny|interesting|amazing|hilarious|cute|convenient|rich) (?:how|that) (?:you|u|someone|people|nobody)", weight: 1.1,
    why: 'Sarcasm that implies the reader is lying or foolish.', examples: ['Funny how you only noticed after eating it.', "It's hilarious that you think that."], source: OWN },
  { id: 'another-expert', kind: 'sarcasm', anchors: ['another', 'yet', 'mr', 'miss', 'ms'], pattern: "(?:yet )?another (?:expert|genius|know-it-all|armchair|keyboard|critic)|(?:mr|ms|miss)\\.? (?:know-it-all|perfect|expert|genius)", weight: 1,
    why: 'Mocks the reader\'s knowledge.', examples: ['Oh great, another expert.'], source: OWN },
  { id: 'seriously-q', kind: 'sarcasm', anchors: ['seriously', 'really', 'unbelievable', 'incredible', 'ridiculous'], pattern: "(?:seriously|really|unbelievable|incredible|ridiculous)(?=\\s*(?:[?]|[.!]\\s*$|$))", weight: 0.6,
    why: 'A one-word retort reads as sarcastic or exasperated.', examples: ['Seriously?', 'Unbelievable.'], counterExamples: ['Really appreciate it'], source: OWN },

  // ── sarcasm markers ──────────────────────────────────────────────────────
  { id: 'wow-one-star', kind: 'sarcasm', anchors: ['wow', 'so', 'really'], pattern: "(?:wow|so|really)[,.!]* (?:just |only )?(?:one|1|two|2|a single) stars?", weight: 1.2,
    why: 'Mocks the reviewer\'s rating.', examples: ['Wow, one star because of a delay?'], source: ISSUE },
  { id: 'sorry-not-sorry', kind: 'sarcasm', anchors: ['sorry'], pattern: "sorry,? not sorry", weight: 1.3,
    why: 'An apology taken back in the same breath.', examples: ['Sorry not sorry.'], source: ISSUE },
  { id: 'thanks-for-nothing', kind: 'sarcasm', anchors: ['thanks', 'thank'], pattern: "(?:thanks|thank you) for (?:nothing|wasting|ruining|the (?:useless|unhelpful|pointless|non-answer))|(?:thanks|thank you) (?:a lot|so much),? (?:genius|einstein|captain obvious)", weight: 1.3,
    why: 'Sarcastic thanks.', examples: ['Thanks for nothing.', 'thanks a lot, genius'], source: OWN },
  { id: 'oh-great', kind: 'sarcasm', anchors: ['oh', 'yeah', 'ya', 'yea', 'sure', 'wow', 'gee', 'nice', 'good', 'congrats', 'congratulations', 'must', 'slow', 'big', 'what', 'cool'], pattern: "oh,? (?:great|wonderful|brilliant|perfect|sure|really|joy|please|come on)(?=\\s*[.!,?])|(?:yeah|yea|ya),? right|sure,? (?:jan|buddy|pal)|gee,? thanks|nice try|good luck with that|(?:congrats|congratulations),? (?:you|on)(?: (?:really|truly))? (?:played|managed|failed|ruin|proved)|must be nice|slow clap|big surprise|what a (?:shock|surprise|joke|concept)|cool story", weight: 1,
    why: 'Sarcasm reads as mockery in writing.', examples: ['Oh great, another delay.', 'Yeah, right.', 'Good luck with that.'], counterExamples: ['Oh great news, thank you'], source: OWN },
  { id: 'slash-s', kind: 'sarcasm', anchors: ['s'], pattern: "(?<=/)s(?=\\s*$)", weight: 0.8,
    why: '"/s" marks the line as sarcasm.', examples: ['Great service /s'], source: OWN },
  { id: 'clearly-you', kind: 'sarcasm', anchors: ['clearly', 'apparently', 'evidently'], pattern: "(?:clearly|apparently|evidently),? (?:you|u|someone|somebody|nobody|no one)", weight: 0.7,
    why: 'Implies the reader is at fault without saying so.', examples: ['Clearly you did not read it.', 'Apparently nobody checks these.'], source: OWN },

  // ── threats and ultimatums ───────────────────────────────────────────────
  { id: 'or-else', kind: 'threat', anchors: ['or'], pattern: "or else(?=\\s*[.!?]|$)", weight: 1.3,
    why: 'An ultimatum.', examples: ['Pay up, or else.'], source: ISSUE },
  { id: 'you-will-regret', kind: 'threat', anchors: ['you', "you'll", 'you’ll', 'youll'], pattern: "(?:you'll|you’ll|youll|you will|you're going to|you are going to|you're gonna) (?:regret|be sorry|pay for|hear from (?:my|our) (?:lawyer|attorney)s?)", weight: 1.3,
    why: 'A threat.', examples: ["You'll regret this."], source: ISSUE },
  { id: 'will-sue', kind: 'threat', anchors: ['i', 'we', "i'll", 'i’ll', "we'll", 'we’ll', 'ill', "i'm", 'i’m', 'im', "we're", 'we’re'], pattern: `${IWILL} (?:sue|report (?:you|this|your|them)|ban|block (?:you|your)|blacklist|expose|take (?:legal )?action|call (?:my|our) (?:lawyer|attorney)|have you (?:fired|banned|removed|arrested)|make sure (?:you|everyone))`, weight: 1.3,
    why: 'A threat.', examples: ["We'll take legal action.", 'I will report you', "I'll have you fired"], counterExamples: ['We will report back tomorrow'], source: ISSUE },
  { id: 'legal', kind: 'threat', anchors: ['see', 'my', 'our', 'legal'], pattern: "see you in court|(?:my|our) (?:lawyers?|attorneys?|solicitors?) (?:will|are going to|is going to)|legal action", weight: 1.2,
    why: 'Raises legal consequences.', examples: ['See you in court.', 'our lawyers will be in touch'], source: OWN },
  { id: 'last-warning', kind: 'threat', anchors: ['last', 'final', 'this'], pattern: "(?:last|final) (?:warning|chance)|this is your (?:last|final|only) (?:warning|chance)", weight: 1.2,
    why: 'An ultimatum.', examples: ['This is your last warning.'], source: OWN },
  { id: 'dont-come-back', kind: 'threat', anchors: ["don't", 'don’t', 'dont', 'do', 'never', 'please', 'take', 'go', 'find', 'shop'], pattern: "(?:please )?(?:don't|don’t|dont|do not) (?:ever )?(?:come back|contact (?:us|me) again|email (?:us|me) again|bother (?:us|me) again|shop (?:here|with us) again)|never (?:come back|contact us again|shop here again)|take your business elsewhere|(?:go |please )?(?:shop|go|find (?:another|a different) (?:store|shop|seller|company)) elsewhere", weight: 1.2,
    why: 'Tells the reader to go away.', examples: ["Don't come back.", 'Take your business elsewhere.'], source: SEEDS },
  { id: 'banned', kind: 'threat', anchors: ['you', "you'll", 'you’ll', "you've", 'you’ve', "you're", 'you’re', 'youre'], pattern: "(?:you'll|you’ll|you will|you've|you’ve|you have|you're|you’re|youre|you are) (?:been |be )?(?:banned|blocked|blacklisted|reported)", weight: 1.1,
    why: 'A threat.', examples: ["You've been banned from our store."], source: OWN },
  { id: 'go-die', kind: 'threat', anchors: ['go', 'kill', 'drop', 'i', 'see'], pattern: "go (?:to hell|die|away(?=\\s*(?:[.!,]|$| and (?:never|don't|do not)))|fuck yourself|f yourself|jump off)|kill yourself|drop dead|(?:i|we) hope you (?:die|rot|choke|suffer|get fired)|see you in hell", weight: 1.5,
    why: 'Wishes harm on or curses the reader.', examples: ['Go to hell.', 'I hope you rot', 'Just go away!'], counterExamples: ['go away with friends for a weekend'], source: OWN },

  // ── absolutes about the person ───────────────────────────────────────────
  { id: 'you-always', kind: 'absolute', anchors: ['you', 'u', 'your'], pattern: "(?:you|u)(?: guys| people)? (?:always|never|constantly|continually|keep|keeps)(?! know| fail to amaze| cease)|(?:you|u) (?:don't|don’t|dont|do not|didn't|didn’t) ever|your (?:company|people|staff|team) (?:always|never)", weight: 1,
    why: 'Absolutes about the person ("you always", "you never") turn a problem into a character attack.', examples: ['You always do this.', 'you never answer', 'you keep ignoring me'], counterExamples: ['you never know', 'you always know best, thanks'], source: ISSUE },
  { id: 'every-time-you', kind: 'absolute', anchors: ['every', 'each'], pattern: "(?:every|each) (?:single )?time (?:you|u|i contact you|i call)", weight: 0.8,
    why: 'An absolute about the person.', examples: ['Every single time you mess it up.'], source: OWN },

  // ── passing the buck ─────────────────────────────────────────────────────
  { id: 'not-my-problem', kind: 'buck-passing', anchors: ['not', "that's", 'that’s', 'thats', 'that', 'this', "it's", 'it’s', 'its', 'it', "isn't", 'isnt', 'isn’t'], pattern: `(?:(?:${THATS}) )?not (?:my|our) (?:problem|department|job|concern|responsibility|issue|fault|call|business)|(?:isn't|isnt|isn’t) (?:my|our) (?:problem|department|job|concern|responsibility|fault)`, weight: 1.2,
    why: 'Passing the buck: the reader hears "I won\'t help you".', examples: ["That's not my department.", 'Not our problem.'], source: ISSUE },
  { id: 'take-it-up', kind: 'buck-passing', anchors: ['take', 'talk', 'go', 'complain', 'blame'], pattern: "take it up with|(?:talk|go|complain) to (?:someone|somebody) else|blame (?:the|your) (?:courier|carrier|post office|bank|manufacturer|supplier)", weight: 0.9,
    why: 'Passing the buck: the reader hears "I won\'t help you".', examples: ['Take it up with the courier.'], source: SEEDS },
  { id: 'nothing-we-can-do', kind: 'buck-passing', anchors: ['there', "there's", 'there’s', 'theres', 'nothing', 'i', 'we'], pattern: "(?:there(?:'s|’s| is)|theres) nothing (?:i|we) can do|nothing (?:i|we) can do|(?:i|we) can't help you|(?:i|we) cannot help you|(?:i|we) can’t help you", weight: 0.6,
    why: 'A flat "nothing we can do" without an alternative reads as a refusal to help.', examples: ["There's nothing we can do."], source: SEEDS },
  { id: 'rules-are-rules', kind: 'buck-passing', anchors: ['rules', 'policy', "that's", 'that’s', 'thats', 'it'], pattern: "rules are rules|policy is policy|(?:that's|that’s|thats|it is|it's) (?:just )?(?:the|our) policy[.!]", weight: 0.7,
    why: 'Hiding behind policy reads as a refusal to help.', examples: ['Rules are rules.', "That's our policy."], source: SEEDS },

  // ── calming: apology ─────────────────────────────────────────────────────
  { id: 'im-sorry', kind: 'apology', anchors: ["i'm", 'i’m', 'im', 'i', "we're", 'we’re', 'we', 'so', 'very', 'really', 'truly', 'sorry'], pattern: `(?<!not |n't |n’t )(?:${IAM} )?(?:(?:so|very|really|truly|terribly|deeply|sincerely|extremely) )?sorry(?! (?:not sorry|but|you feel|you think|if you|that you feel|you're upset|you are upset|you're offended))`, weight: 1,
    why: 'An apology calms the reader.', examples: ["I'm so sorry your order arrived damaged", 'So sorry about that'], counterExamples: ['sorry not sorry', "I'm sorry you feel that way", "I'm not sorry"], source: SEEDS },
  { id: 'we-apologize', kind: 'apology', anchors: ['i', 'we', 'please', 'my', 'our', 'apologies', 'sincere', 'sincerest', 'many', "that's", 'that’s', 'thats', 'that'], pattern: "(?:i|we) (?:sincerely |truly |deeply )?(?:apologi[sz]e|apologise)|(?:please accept )?(?:my|our) (?:sincere |sincerest |deepest )?apologies|(?:sincere |sincerest |many )?apologies|(?:my|our) (?:mistake|bad|fault)|(?:that's|that’s|thats|that was) on (?:us|me)", weight: 1,
    why: 'An apology calms the reader.', examples: ['We apologize for the delay.', 'My apologies!', 'that was on us'], source: SEEDS },
  // ── calming: empathy ─────────────────────────────────────────────────────
  { id: 'i-understand', kind: 'empathy', anchors: ['i', 'we', 'totally', 'completely', 'fully'], pattern: "(?:(?:i|we) (?:completely |totally |fully |really |absolutely |can )?(?:understand|get it|hear you|see where you're coming from|see where you’re coming from|see why)|(?:totally|completely|fully) (?:understandable|understand))", weight: 1,
    why: 'Acknowledging the reader\'s feelings calms them.', examples: ['I understand how frustrating this is', 'We completely understand'], source: SEEDS },
  { id: 'must-be-frustrating', kind: 'empathy', anchors: ['that', 'this', 'it', 'i', 'we', 'sounds'], pattern: "(?:(?:that|this|it) (?:must be|must have been|sounds|sounded|would be|can be|is|was)|sounds) (?:so |really |very |incredibly |understandably )?(?:frustrating|stressful|upsetting|disappointing|hard|difficult|awful|annoying|tough|scary|exhausting|inconvenient)|(?:i|we) (?:can )?(?:imagine|know|see) how (?:frustrating|stressful|upsetting|disappointing|hard|difficult|annoying)", weight: 1,
    why: 'Acknowledging the reader\'s feelings calms them.', examples: ['That must be so frustrating.', 'I can imagine how stressful that was'], source: SEEDS },
  { id: 'hope-you-ok', kind: 'empathy', anchors: ['i', 'hope', 'take', 'sending', 'feel', 'hang', 'you', 'glad', 'happy'], pattern: "(?:i )?hope (?:you|your|things|it|this|that|everything)|take care|sending (?:you )?(?:love|hugs|good vibes|strength|prayers)|hang in there|feel better|you(?:'ve| have) got this|(?:glad|happy) (?:to help|i could help|we could help|you're|you are|to hear)", weight: 0.8,
    why: 'Warm wishes calm the reader.', examples: ['Hope you feel better soon', 'Take care!', 'Happy to help'], source: OWN },
  { id: 'you-have-every-right', kind: 'empathy', anchors: ['you', "you're", 'you’re', 'your'], pattern: "you have every right|(?:you're|you’re|you are) (?:absolutely |completely |totally )?right(?! (?:to be wrong))|your (?:frustration|concern|feedback) is (?:valid|understandable|fair|important)", weight: 0.9,
    why: 'Validating the reader calms them.', examples: ['You have every right to be upset.', "You're absolutely right"], source: SEEDS },
  // ── calming: thanks ──────────────────────────────────────────────────────
  { id: 'thank-you', kind: 'thanks', anchors: ['thank', 'thanks', 'thx', 'ty', 'many'], pattern: "(?:many )?(?:thank (?:you|u|ya)|thanks|thx|ty)(?! for nothing| for wasting| a lot,? genius)", weight: 1,
    why: 'Thanks calm the reader.', examples: ['Thank you for letting us know', 'thanks!'], counterExamples: ['thanks for nothing'], source: SEEDS },
  { id: 'appreciate', kind: 'thanks', anchors: ['i', 'we', 'really', 'much', 'appreciate', 'appreciated', 'grateful'], pattern: "(?:(?:i|we) (?:really |truly |greatly |do )?appreciate|(?:much |really |greatly )?appreciated|grateful)", weight: 1,
    why: 'Appreciation calms the reader.', examples: ['We appreciate your patience', 'much appreciated'], source: SEEDS },
  // ── calming: plans of action ─────────────────────────────────────────────
  { id: 'we-will-fix', kind: 'action', anchors: ['i', 'we', "i'll", 'i’ll', "we'll", 'we’ll', 'ill', "i'm", 'i’m', 'im', "we're", 'we’re'], pattern: `${IWILL} (?:(?:be )?(?:happy to|glad to|gladly|personally|immediately|right away|also|now|quickly) )?(?:replace|refund|send|resend|re-send|fix|look into|follow up|get back|investigate|reach out|sort|ship|credit|make (?:it|this|things) right|take care|check|escalate|contact|update|help|arrange|issue|process|reship|call|email|dm|pass|share|forward|have (?:a|someone|our))`, weight: 1,
    why: 'A concrete next step calms the reader.', examples: ["we'll replace it today", 'I will look into this right away', "I'm going to escalate this"], source: ISSUE },
  { id: 'we-have-done', kind: 'action', anchors: ['i', 'we', "i've", 'i’ve', "we've", 'we’ve', 'ive'], pattern: "(?:i|we)(?:'ve|’ve| have|ve)? (?:just |already )?(?:refunded|replaced|sent|resent|issued|escalated|fixed|credited|shipped|reshipped|forwarded|passed (?:this|it|your)|reached out|updated|processed|added|followed up|arranged|corrected)", weight: 1,
    why: 'A concrete step already taken calms the reader.', examples: ["We've refunded the full amount.", 'I have escalated your case'], source: OWN },
  { id: 'working-on-it', kind: 'action', anchors: ["i'm", 'i’m', 'im', 'i', "we're", 'we’re', 'we'], pattern: `${IAM} (?:currently |now |already )?(?:looking into|working on|investigating|escalating|sending|processing|checking|reviewing|on it|happy to help|here to help|glad to help)`, weight: 1,
    why: 'A concrete next step calms the reader.', examples: ["We're looking into it now.", "I'm happy to help"], source: OWN },
  { id: 'let-me', kind: 'action', anchors: ['let'], pattern: "let (?:me|us) (?:check|look|see|help|find|fix|get|know|sort|take a look|make (?:it|this) right|look into|follow up)", weight: 0.9,
    why: 'Offering to help calms the reader.', examples: ['Let me check on that for you', 'let us know'], source: OWN },
  { id: 'please-dm', kind: 'action', anchors: ['please', 'pls', 'plz', 'could', 'can', 'feel', 'kindly', 'just'], pattern: "(?:please|pls|plz|kindly|just) (?:dm|direct message|send us|send me|reach out|contact us|let us know|let me know|email us|call us|follow us|follow|share|provide|confirm|reply|give us)|(?:could|can) you (?:please |kindly )?(?:dm|send|share|provide|confirm|tell us|follow|reach out|let us know)|feel free to", weight: 0.9,
    why: 'Inviting the reader to a next step calms them.', examples: ['Please DM us your order number', 'Could you send us your email address?', 'Feel free to reach out'], source: SEEDS },
];
