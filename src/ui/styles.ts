/**
 * CSS for the UI, as strings: injected into our shadow roots (overlay, badge) or a page <style>
 * (popup, options). Every class is prefixed `co-`; colours come from the token sets below (the unit
 * test checks each foreground/background pair meets WCAG AA). No url(), no @import, no fonts from
 * anywhere: the extension never touches the network.
 */

export interface Palette {
  text: string;
  muted: string;
  surface: string;
  surfaceAlt: string;
  border: string;
  backdrop: string;
  primary: string;
  onPrimary: string;
  danger: string;
  onDanger: string;
  focus: string;
  markBg: string;
  markText: string;
  calmBg: string;
  calmText: string;
  tenseBg: string;
  tenseText: string;
  angryBg: string;
  angryText: string;
  offBg: string;
  offText: string;
  errorText: string;
  okText: string;
  noticeBg: string;
  noticeText: string;
  disabledBg: string;
  disabledText: string;
}

export const lightPalette: Palette = {
  text: '#1f2328',
  muted: '#57606a',
  surface: '#ffffff',
  surfaceAlt: '#f3f5f7',
  border: '#8c959f',
  backdrop: 'rgba(15, 20, 25, 0.55)',
  primary: '#0b57d0',
  onPrimary: '#ffffff',
  danger: '#a8231a',
  onDanger: '#ffffff',
  focus: '#0b57d0',
  markBg: '#fff1a8',
  markText: '#1f2328',
  calmBg: '#dafbe1',
  calmText: '#0f5323',
  tenseBg: '#fff1c2',
  tenseText: '#5c3b00',
  angryBg: '#ffe1de',
  angryText: '#8a1a12',
  offBg: '#eaeef2',
  offText: '#3d444d',
  errorText: '#a8231a',
  okText: '#0f5323',
  noticeBg: '#fff8e1',
  noticeText: '#4d3500',
  disabledBg: '#eaeef2',
  disabledText: '#57606a',
};

export const darkPalette: Palette = {
  text: '#e6edf3',
  muted: '#b1bac4',
  surface: '#1c2128',
  surfaceAlt: '#262c36',
  border: '#768390',
  backdrop: 'rgba(0, 0, 0, 0.7)',
  primary: '#8ab4f8',
  onPrimary: '#0b1a33',
  danger: '#ffb4ab',
  onDanger: '#410002',
  focus: '#8ab4f8',
  markBg: '#5c4a00',
  markText: '#fff3bf',
  calmBg: '#0f3d1e',
  calmText: '#a6f0b8',
  tenseBg: '#4a3300',
  tenseText: '#ffdf99',
  angryBg: '#5c130d',
  angryText: '#ffc9c2',
  offBg: '#2d333b',
  offText: '#cdd9e5',
  errorText: '#ffb4ab',
  okText: '#a6f0b8',
  noticeBg: '#3a2f00',
  noticeText: '#ffe9a8',
  disabledBg: '#2d333b',
  disabledText: '#b1bac4',
};

/** Text/background pairs that must reach 4.5:1 (checked in test/unit/ui-styles.test.ts). */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [keyof Palette, keyof Palette]> = [
  ['text', 'surface'],
  ['text', 'surfaceAlt'],
  ['muted', 'surface'],
  ['muted', 'surfaceAlt'],
  ['onPrimary', 'primary'],
  ['primary', 'surface'],
  ['onDanger', 'danger'],
  ['markText', 'markBg'],
  ['calmText', 'calmBg'],
  ['tenseText', 'tenseBg'],
  ['angryText', 'angryBg'],
  ['offText', 'offBg'],
  ['errorText', 'surface'],
  ['okText', 'surface'],
  ['noticeText', 'noticeBg'],
  ['disabledText', 'disabledBg'],
];

/** Non-text UI pairs (focus ring, borders of controls) need 3:1. */
export const UI_CONTRAST_PAIRS: ReadonlyArray<readonly [keyof Palette, keyof Palette]> = [
  ['focus', 'surface'],
  ['border', 'surface'],
];

function vars(p: Palette): string {
  return (Object.keys(p) as (keyof Palette)[])
    .map((k) => `--co-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${p[k]};`)
    .join(' ');
}

const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, Cantarell, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Tokens, dark mode, reduced motion and shared controls: part of every stylesheet. */
const base = `
.co-root { ${vars(lightPalette)} color: var(--co-text); font-family: ${FONT}; font-size: 14px; line-height: 1.45; box-sizing: border-box; }
.co-root *, .co-root *::before, .co-root *::after { box-sizing: inherit; }
@media (prefers-color-scheme: dark) {
  .co-root { ${vars(darkPalette)} color-scheme: dark; }
}
.co-root :focus { outline: none; }
.co-root :focus-visible { outline: 3px solid var(--co-focus); outline-offset: 2px; }
.co-sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.co-btn { font: inherit; font-weight: 600; cursor: pointer; border-radius: 8px; padding: 8px 14px; min-height: 36px; border: 1px solid var(--co-border); background: var(--co-surface); color: var(--co-text); transition: background-color 120ms ease, box-shadow 120ms ease; }
.co-btn:hover:not(:disabled) { background: var(--co-surface-alt); }
.co-btn-primary { background: var(--co-primary); border-color: var(--co-primary); color: var(--co-on-primary); }
.co-btn-primary:hover:not(:disabled) { background: var(--co-primary); box-shadow: 0 0 0 2px var(--co-surface), 0 0 0 4px var(--co-primary); }
.co-btn-danger { background: var(--co-danger); border-color: var(--co-danger); color: var(--co-on-danger); }
.co-btn-danger:hover:not(:disabled) { background: var(--co-danger); box-shadow: 0 0 0 2px var(--co-surface), 0 0 0 4px var(--co-danger); }
.co-btn:disabled, .co-btn[aria-disabled="true"] { cursor: not-allowed; background: var(--co-disabled-bg); border-color: var(--co-border); color: var(--co-disabled-text); box-shadow: none; }
.co-btn-small { padding: 4px 10px; min-height: 28px; font-size: 13px; }
.co-link { font: inherit; background: none; border: 0; padding: 0; color: var(--co-primary); text-decoration: underline; cursor: pointer; }
.co-muted { color: var(--co-muted); }
.co-status { min-height: 1.45em; margin: 8px 0 0; color: var(--co-muted); }
.co-mark { background: var(--co-mark-bg); color: var(--co-mark-text); border-radius: 3px; padding: 0 2px; font-weight: 600; }
.co-level-calm { background: var(--co-calm-bg); color: var(--co-calm-text); }
.co-level-tense { background: var(--co-tense-bg); color: var(--co-tense-text); }
.co-level-angry { background: var(--co-angry-bg); color: var(--co-angry-text); }
.co-level-off { background: var(--co-off-bg); color: var(--co-off-text); }
.co-level-held { background: var(--co-angry-bg); color: var(--co-angry-text); }
@media (prefers-reduced-motion: reduce) {
  .co-root *, .co-root *::before, .co-root *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  .co-btn, .co-badge-tip { display: inline-flex; }
.co-badge-btn { border: 1px solid ButtonText; }
  .co-progress-fill { background: Highlight; }
}
`;

/** Shadow-root hosts: the page's inherited styles stop at our boundary. */
const hostReset = `:host { all: initial; display: contents; }`;

export const overlayCss = `${hostReset}
${base}
.co-backdrop { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center; padding: 16px; background: var(--co-backdrop); overflow: auto; }
/* scroll-padding-bottom: the sticky footer's height, kept up to date by the overlay (this is its one-row height). */
.co-dialog { position: relative; scroll-padding-bottom: 96px; width: min(620px, 100%); max-height: calc(100vh - 32px); overflow: auto; background: var(--co-surface); color: var(--co-text); border: 1px solid var(--co-border); border-radius: 14px; padding: 20px 22px; box-shadow: 0 18px 48px rgba(0, 0, 0, 0.35); animation: co-pop 140ms ease-out; }
/* Movement only: the dialog is never invisible, even where animations are throttled (background tabs). */
@keyframes co-pop { from { transform: translateY(6px) scale(0.99); } to { transform: none; } }
.co-title { margin: 0 0 4px; font-size: 19px; line-height: 1.3; }
.co-desc { margin: 0 0 12px; }
.co-released { margin: 0 0 14px; font-weight: 600; }
.co-countdown { display: flex; align-items: center; gap: 12px; margin: 0 0 14px; }
.co-countdown-time { font-variant-numeric: tabular-nums; font-size: 22px; font-weight: 700; min-width: 4ch; }
.co-progress { flex: 1; height: 8px; border-radius: 4px; background: var(--co-surface-alt); border: 1px solid var(--co-border); overflow: hidden; }
.co-progress-fill { height: 100%; background: var(--co-primary); transition: width 900ms linear; }
.co-section { margin: 14px 0 0; }
.co-section-title { margin: 0 0 6px; font-size: 15px; }
.co-section > p.co-muted { margin: 0 0 6px; }
.co-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.co-item { padding: 8px 10px; border-radius: 8px; background: var(--co-surface-alt); overflow-wrap: anywhere; }
.co-item-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.co-kind { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; color: var(--co-muted); }
.co-why { margin: 2px 0 0; color: var(--co-muted); }
.co-context { margin: 0; }
.co-suggestion { display: flex; gap: 10px; align-items: flex-start; justify-content: space-between; }
.co-suggestion-body { flex: 1; min-width: 0; }
.co-before { text-decoration: line-through; }
.co-more { margin: 6px 0 0; color: var(--co-muted); }
.co-tools { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 auto 0 0; }
.co-actions { position: sticky; bottom: -20px; display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; margin: 16px -22px -20px; padding: 14px 22px 20px; border-top: 1px solid var(--co-border); background: var(--co-surface); }
.co-actions[data-co-static] { position: static; }
`;

export const badgeCss = `${hostReset}
${base}
/* Raised only while its tooltip is open: otherwise the page's own menus, sticky headers and pop-ups stay above the badge. */
.co-badge { position: relative; display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; font-size: 13px; }
.co-badge-open { z-index: 2147483000; }
.co-badge-btn { font: inherit; font-weight: 600; display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; padding: 3px 10px; border: 1px solid currentColor; cursor: default; }
.co-dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; background: currentColor; flex: none; }
.co-dot-tense { border-radius: 2px; }
.co-dot-angry { border-radius: 0; transform: rotate(45deg); }
.co-dot-off { background: transparent; border: 2px solid currentColor; }
.co-dot-held { border-radius: 0; background: transparent; border-left: 3px solid currentColor; border-right: 3px solid currentColor; }
/* Forced colours (Windows high contrast) paint every background as the button's own, which hid the dot:
   the dot keeps its shape in the button's text colour. */
@media (forced-colors: active) {
  .co-dot { forced-color-adjust: none; background: ButtonText; border-color: ButtonText; }
  .co-dot-off, .co-dot-held { background: transparent; }
}
.co-tooltip { position: absolute; left: 0; bottom: calc(100% + 6px); z-index: 2147483000; width: max-content; max-width: min(320px, calc(100vw - 16px)); padding: 8px 10px; border-radius: 8px; background: var(--co-surface); color: var(--co-text); border: 1px solid var(--co-border); box-shadow: 0 6px 18px rgba(0, 0, 0, 0.25); transition: opacity 120ms ease; overflow-wrap: anywhere; }
.co-tooltip[hidden] { display: none; }
.co-tooltip-list { margin: 0; padding: 0 0 0 16px; }
.co-tooltip-list li + li { margin-top: 4px; }
.co-tooltip-note, .co-tooltip > p { margin: 0; }
.co-tooltip > * + * { margin-top: 4px; }
.co-badge-note { font-weight: 600; color: var(--co-error-text); background: var(--co-surface); border-radius: 4px; padding: 1px 4px; }
`;

export const pageCss = `${base}
body { margin: 0; background: ${lightPalette.surface}; }
@media (prefers-color-scheme: dark) { body { background: ${darkPalette.surface}; } }
.co-page { background: var(--co-surface); padding: 16px; }
.co-popup { width: 320px; }
.co-options { max-width: 720px; margin: 0 auto; padding: 24px 20px 40px; }
.co-h1 { font-size: 20px; margin: 0 0 12px; }
.co-h2 { font-size: 16px; margin: 0 0 8px; }
.co-row { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 10px 0; }
.co-switch { display: inline-flex; align-items: center; gap: 8px; cursor: pointer; }
.co-switch input { width: 18px; height: 18px; margin: 0; accent-color: var(--co-primary); }
.co-pill { display: inline-block; border-radius: 999px; padding: 2px 10px; font-weight: 600; font-size: 13px; }
.co-form { display: grid; gap: 18px; }
.co-field { display: grid; gap: 4px; margin: 0; padding: 0; border: 0; min-width: 0; }
.co-fieldset { border: 1px solid var(--co-border); border-radius: 10px; padding: 10px 14px 12px; margin: 0; min-width: 0; }
.co-fieldset legend { font-weight: 600; padding: 0 4px; }
.co-label { font-weight: 600; }
.co-help { margin: 0; color: var(--co-muted); font-size: 13px; }
.co-error { margin: 0; color: var(--co-error-text); font-weight: 600; font-size: 13px; }
.co-ok { color: var(--co-ok-text); font-weight: 600; }
.co-input, .co-textarea { font: inherit; color: var(--co-text); background: var(--co-surface); border: 1px solid var(--co-border); border-radius: 6px; padding: 6px 8px; max-width: 100%; }
.co-input[aria-invalid="true"], .co-textarea[aria-invalid="true"], .co-fieldset[aria-invalid="true"] { border-color: var(--co-error-text); border-width: 2px; }
.co-textarea { min-height: 72px; resize: vertical; width: 100%; }
.co-choices { display: flex; flex-wrap: wrap; gap: 6px 16px; }
.co-choices-column { flex-direction: column; }
.co-buttons p { margin: 0; }
.co-choice { display: inline-flex; align-items: center; gap: 6px; }
.co-choice input { accent-color: var(--co-primary); margin: 0; }
.co-notice { background: var(--co-notice-bg); color: var(--co-notice-text); border-radius: 8px; padding: 10px 12px; margin: 0 0 18px; }
.co-notice ul { margin: 4px 0 0; padding-left: 18px; }
.co-buttons { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.co-reset-confirm { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; flex-basis: 100%; }
`;
