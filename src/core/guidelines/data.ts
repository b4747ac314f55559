/**
 * De-escalation guidelines as data, written in our own words. `source` names the article in
 * ../shared/seeds/ a guideline derives from, or 'own' for general customer-service practice.
 * A unit test checks that no 8-word run of any text here appears in any seed file.
 */
import type { ReasonKind } from '../tone/types';

export type GuidelineId =
  | 'acknowledge-empathize'
  | 'not-personal'
  | 'avoid-clapback'
  | 'no-buck-passing'
  | 'next-steps'
  | 'explain-policy-patiently'
  | 'easy-fix'
  | 'stay-calm'
  | 'cooperate'
  | 'thank-feedback'
  | 'take-private'
  | 'close-politely'
  | 'respond-promptly'
  | 'keep-it-clean';

export interface GuidelineExample {
  before: string;
  after: string;
}

export interface Guideline {
  id: GuidelineId;
  /** Short title for the overlay. */
  title: string;
  /** One line: why this helps. */
  why: string;
  /** 'shared/seeds/<file>.txt' the idea derives from, or 'own'. */
  source: string;
  examples?: readonly GuidelineExample[];
}

export const SEED_PATHS = {
  groups: 'shared/seeds/000_f11ff0f299b9b85d.txt',
  techniques: 'shared/seeds/001_01a0a3c4fdf79166.txt',
  recovery: 'shared/seeds/002_3ce2e35039ffc8a7.txt',
  steps: 'shared/seeds/003_afc5507772a716a0.txt',
  constructive: 'shared/seeds/004_db1ff94af37b71ff.txt',
} as const;

export const GUIDELINES: readonly Guideline[] = [
  {
    id: 'acknowledge-empathize',
    title: 'Acknowledge the problem and how they feel',
    why: 'People calm down once they can tell you heard exactly what went wrong for them.',
    source: SEED_PATHS.recovery,
    examples: [{ before: 'What do you want me to do about it?', after: 'I understand how frustrating a late order is.' }],
  },
  {
    id: 'not-personal',
    title: "Don't take it personally",
    why: 'Their anger is about the situation, so answer the issue rather than the person.',
    source: SEED_PATHS.groups,
    examples: [{ before: 'You clearly did not read my email.', after: 'It looks like my earlier email was not clear enough.' }],
  },
  {
    id: 'avoid-clapback',
    title: 'Skip the clapback',
    why: 'A sharp comeback feels good for a minute and costs the customer for good; wait and reply once cool.',
    source: SEED_PATHS.groups,
    examples: [{ before: 'Sorry not sorry.', after: 'I am sorry about this.' }],
  },
  {
    id: 'no-buck-passing',
    title: "Own it: don't pass the buck",
    why: 'Pointing at another team or the carrier leaves the customer stranded; take charge of the fix.',
    source: SEED_PATHS.techniques,
    examples: [{ before: 'That is not my department.', after: 'I will find the right person for this and follow up.' }],
  },
  {
    id: 'next-steps',
    title: 'Give concrete next steps, with a time, and keep them',
    why: 'A clear plan with a date replaces worry with something the customer can count on.',
    source: SEED_PATHS.recovery,
    examples: [{ before: 'We will look into it.', after: 'I will check the order today and write back by tomorrow noon.' }],
  },
  {
    id: 'explain-policy-patiently',
    title: 'Explain the policy patiently',
    why: 'Walk them through the rule kindly so nobody is left feeling foolish for asking.',
    source: SEED_PATHS.steps,
    examples: [{ before: 'Obviously returns take 14 days.', after: 'Returns take 14 days to process.' }],
  },
  {
    id: 'easy-fix',
    title: 'Make the fix easy',
    why: 'Offer a replacement or refund without extra fees or forms, so the problem ends with one step.',
    source: SEED_PATHS.steps,
    examples: [{ before: 'Fill in the form and pay for shipping.', after: 'I will send a prepaid label, or a refund if you prefer.' }],
  },
  {
    id: 'stay-calm',
    title: 'Stay calm: no shouting, sarcasm or absolutes',
    why: 'Capitals, sarcasm and "always/never" raise the temperature; a level tone lowers it.',
    source: SEED_PATHS.constructive,
    examples: [{ before: 'You ALWAYS do this!!!', after: 'This has come up before.' }],
  },
  {
    id: 'cooperate',
    title: 'Work on it together',
    why: 'Treating the customer as a partner in the fix beats arguing about who is right.',
    source: SEED_PATHS.constructive,
    examples: [{ before: 'Read the manual.', after: "Let's go through the setup together." }],
  },
  {
    id: 'thank-feedback',
    title: 'Thank them for the feedback',
    why: 'A complaint is free information about what to improve; saying thanks shows you value it.',
    source: SEED_PATHS.techniques,
    examples: [{ before: 'We got your complaint.', after: 'Thank you for telling us about this.' }],
  },
  {
    id: 'take-private',
    title: 'Take the details to a private channel',
    why: 'A public review stays up for years; settle order details and personal data by email or phone.',
    source: SEED_PATHS.techniques,
    examples: [{ before: 'Your order 1234 was refused because your card failed.', after: 'Please email us so we can look at your order together.' }],
  },
  {
    id: 'close-politely',
    title: 'Know when to close politely',
    why: 'When the talk goes in circles, end it kindly with what you can still offer instead of another round.',
    source: SEED_PATHS.constructive,
    examples: [{ before: 'For the last time, no.', after: 'I understand this is not the answer you hoped for; here is what I can offer.' }],
  },
  {
    id: 'respond-promptly',
    title: 'Answer soon, even if only to say you are on it',
    why: 'Silence reads as indifference; a quick note that you are working on it buys patience.',
    source: SEED_PATHS.techniques,
  },
  {
    id: 'keep-it-clean',
    title: 'Keep the language clean',
    why: 'Swearing and name-calling turn a problem about an order into a fight about respect.',
    source: 'own',
    examples: [{ before: 'This is a damn mess.', after: 'This is a real problem.' }],
  },
];

const BY_ID = new Map<string, Guideline>(GUIDELINES.map((g) => [g.id, g]));

export function guidelineById(id: string): Guideline | undefined {
  return BY_ID.get(id);
}

/** Which guidelines each kind of hostile span breaks (first = the main one). Calming kinds map to none. */
export const GUIDELINES_BY_KIND: Readonly<Record<ReasonKind, readonly GuidelineId[]>> = {
  insult: ['not-personal', 'keep-it-clean', 'avoid-clapback'],
  profanity: ['keep-it-clean', 'stay-calm'],
  blame: ['not-personal', 'cooperate'],
  dismissal: ['acknowledge-empathize', 'close-politely'],
  condescension: ['explain-policy-patiently', 'not-personal'],
  sarcasm: ['avoid-clapback', 'stay-calm'],
  threat: ['avoid-clapback', 'cooperate', 'close-politely'],
  absolute: ['stay-calm', 'not-personal'],
  'buck-passing': ['no-buck-passing', 'next-steps'],
  shouting: ['stay-calm'],
  'negative-word': ['stay-calm', 'acknowledge-empathize'],
  'user-word': ['stay-calm'],
  apology: [],
  empathy: [],
  thanks: [],
  action: [],
};

export function guidelinesForReason(kind: ReasonKind): Guideline[] {
  const ids = GUIDELINES_BY_KIND[kind] ?? [];
  return ids.map((id) => BY_ID.get(id)).filter((g): g is Guideline => g !== undefined);
}
