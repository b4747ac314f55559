/**
 * Sarcasm carried by an emoji: praise or thanks followed, in the same sentence, by an eye-roll, an
 * upside-down face, a clap… ("Great job 👏 ruining my day.", "Thanks so much 🙄"). The tokenizer
 * reads words only, so without this table the scorer saw the praise and nothing else: "Thanks so
 * much 🙄" even counted as thanks. features.ts looks for these only in a draft that holds an emoji.
 *
 * Checked against the project's labelled replies (the dev file and every test/unit/fixtures
 * tone-*.jsonl, 2026-12): 🙄 is in 27 texts, 26 of them hostile; 🤡 in 12, all hostile; 🙃 in 9,
 * 6 hostile (the 3 calm ones have no praise before it: "its broken 🙃"); 👏 in none; 💅 in one,
 * calm: "love that for u 💅". So 👏 and 💅, which also go with sincere praise ("Congrats on the new
 * shop 👏"), count only with a hostile cue in the same sentence: a negative word, an insult, or a
 * mock form of address ("genius"). tone-data.test.ts runs every example and counter-example.
 */
import type { ReasonKind } from '../types';

export interface EmojiSarcasmEntry {
  id: string;
  kind: ReasonKind;
  /** The emoji (skin tones, variation selectors and joined signs after them are part of the run). */
  markers: readonly string[];
  /** Counts only when the sentence also holds a hostile cue (see above). */
  needsCue: boolean;
  weight: number;
  why: string;
  /** Each must give a sarcasm reason (the unit test checks it). */
  examples: readonly string[];
  /** Each must not. */
  counterExamples: readonly string[];
  source: string;
}

const SOURCE = 'own: emoji that mark praise as sarcastic, checked against the labelled replies (see above)';

export const EMOJI_SARCASM: readonly EmojiSarcasmEntry[] = [
  {
    id: 'praise-eye-roll',
    kind: 'sarcasm',
    markers: ['🙄', '🙃', '😒', '🤡', '🤦'],
    needsCue: false,
    weight: 1,
    why: 'Praise or thanks with an eye-roll reads as mockery.',
    examples: ['Thanks so much 🙄', 'Amazing service 🙃🙃', "appreciate the 'feedback' 🙃 next time keep it to urself", 'Wow, great idea 🤦‍♂️', 'Lovely. 😒'],
    counterExamples: ['no card machine today sorry!! its broken 🙃', 'slow reply sorry, kids were sick 🙃 yes its still free', 'Thanks for clarifying, was definitely originally taught wrong then. 🙃', 'Thanks so much 🙂'],
    source: SOURCE,
  },
  {
    id: 'praise-clap',
    kind: 'sarcasm',
    markers: ['👏', '💅'],
    needsCue: true,
    weight: 1,
    why: 'Applause for a mistake reads as mockery.',
    examples: ['Great job 👏 ruining my day.', 'well done 👏👏 genius', 'Bravo 👏🏻 another terrible idea.', 'Love that for you 💅 enjoy your useless refund'],
    counterExamples: ['Congratulations on the new shop 👏', 'love that for u 💅', 'Great job 👏 see you next week!', 'Well done 👏 Sorry about the wait though.', 'Thanks for the lovely review 👏'],
    source: SOURCE,
  },
];

/** Words of praise or thanks the marker follows (lower case, as the tokenizer yields them). "done" counts after "well". */
export const PRAISE_WORDS: readonly string[] = [
  'great', 'good', 'nice', 'amazing', 'awesome', 'brilliant', 'fantastic', 'wonderful', 'perfect', 'lovely', 'excellent',
  'superb', 'terrific', 'incredible', 'outstanding', 'stellar', 'impressive', 'splendid', 'marvellous', 'marvelous', 'fabulous',
  'bravo', 'congrats', 'congratulations', 'thanks', 'thank', 'thx', 'ty', 'appreciate', 'appreciated', 'love', 'loved', 'loving',
  'cute', 'classy', 'helpful', 'wow', 'cool', 'sure', 'genius', 'smart',
];

/** Mock forms of address: a cue for the markers that need one ("well done 👏 genius"). */
export const MOCK_ADDRESS: readonly string[] = [
  'genius', 'einstein', 'sherlock', 'princess', 'champ', 'sweetie', 'sweetheart', 'hun', 'honey', 'buddy', 'pal', 'smartypants',
];
