/**
 * The options page form. Holds the inputs as strings (what the user typed) and, on submit, hands a
 * SettingsForm to actions.save; validation lives in core (validateForm) and comes back as
 * data.errors, shown next to each field (aria-invalid + aria-describedby), first invalid focused.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import {
  DELAY_MAX,
  resetSettings,
  DELAY_MIN,
  SENSITIVITIES,
  SITE_IDS,
  type FormErrors,
  type Settings,
  type SettingsForm,
  type SiteId,
  WORD_LIST_MAX,
  WORD_LISTS_ABOUT,
} from '../core/settings';
import type { Sensitivity } from '../core/tone/types';
import type { OptionsActions, OptionsData } from './types';
import { sensitivityLabel } from './format';

type FormState = Omit<SettingsForm, 'sites'> & { sites: Record<SiteId, boolean> };

/** Form order: the first invalid field in this order gets focus. */
export const FIELD_ORDER: readonly (keyof SettingsForm)[] = [
  'delaySeconds',
  'sensitivity',
  'publicSensitivity',
  'sites',
  'alwaysFlag',
  'neverFlag',
  'signatureName',
  'businessName',
  'disabledGuidelines',
];

export function formFromSettings(s: Settings): FormState {
  const sites = {} as Record<SiteId, boolean>;
  for (const id of SITE_IDS) sites[id] = s.sites?.[id] !== false;
  return {
    delaySeconds: String(s.delaySeconds),
    sensitivity: s.sensitivity,
    publicSensitivity: s.publicSensitivity,
    sites,
    alwaysFlag: (s.alwaysFlag ?? []).join('\n'),
    neverFlag: (s.neverFlag ?? []).join('\n'),
    signatureName: s.signatureName ?? '',
    businessName: s.businessName ?? '',
    disabledGuidelines: [...(s.disabledGuidelines ?? [])],
  };
}

function errorsKey(errors: FormErrors | null | undefined): string {
  return FIELD_ORDER.map((k) => `${k}:${errors?.[k] ?? ''}`).join('|');
}

export function Options({ data, actions }: { data: OptionsData; actions: OptionsActions }) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [form, setForm] = useState<FormState>(() => formFromSettings(data.settings));
  const formRef = useRef<HTMLFormElement>(null);
  const settingsKey = JSON.stringify(data.settings);
  const lastSettingsKey = useRef(settingsKey);
  const lastErrorsKey = useRef('');
  const focusPending = useRef(false);
  const errors: FormErrors = data.errors ?? {};
  const errorCount = FIELD_ORDER.filter((k) => errors[k]).length;
  const saveError = typeof data.saveError === 'string' ? data.saveError : '';
  const saveErrorRef = useRef<HTMLParagraphElement>(null);
  const lastSaveError = useRef('');

  // New settings from storage (saved, reset, changed in another window): the form shows them.
  // Equal settings re-sent (e.g. with errors after a failed save) keep what the user typed.
  useEffect(() => {
    if (settingsKey !== lastSettingsKey.current) {
      lastSettingsKey.current = settingsKey;
      setForm(formFromSettings(data.settings));
    }
  }, [settingsKey]);

  // Move focus to the first invalid field when errors arrive after a submit (or change).
  useEffect(() => {
    const key = errorsKey(data.errors);
    const changed = key !== lastErrorsKey.current;
    lastErrorsKey.current = key;
    if (!errorCount || !(changed || focusPending.current)) return;
    focusPending.current = false;
    const first = FIELD_ORDER.find((k) => errors[k]);
    const root = formRef.current;
    if (!first || !root) return;
    const target = root.querySelector<HTMLElement>(`[data-co-field="${first}"]`);
    if (!target) return;
    const focusable =
      target.matches('input, textarea, select, button')
        ? target
        : (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input, textarea, select'));
    focusable?.focus();
  }, [data.errors]);

  // A save that did not reach storage: focus its message by Save (read out), on every failed Save.
  useEffect(() => {
    const changed = saveError !== lastSaveError.current;
    lastSaveError.current = saveError;
    if (!saveError || errorCount || !(changed || focusPending.current)) return;
    focusPending.current = false;
    saveErrorRef.current?.focus();
  });

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (e: JSX.TargetedEvent<HTMLFormElement, Event>) => {
    e.preventDefault();
    focusPending.current = true;
    const out: SettingsForm = {
      delaySeconds: form.delaySeconds,
      sensitivity: form.sensitivity,
      publicSensitivity: form.publicSensitivity,
      sites: { ...form.sites },
      alwaysFlag: form.alwaysFlag,
      neverFlag: form.neverFlag,
      signatureName: form.signatureName,
      businessName: form.businessName,
      disabledGuidelines: [...new Set(form.disabledGuidelines)],
    };
    actions.save(out);
  };

  // "Reset defaults" asks first: it saves at once and cannot be undone
  const [confirmReset, setConfirmReset] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmReset) confirmButton.current?.focus();
  }, [confirmReset]);
  const onReset = () => {
    setConfirmReset(false);
    setForm(formFromSettings(resetSettings(data.settings)));
    actions.resetDefaults();
    resetButton.current?.focus();
  };
  const onCancelReset = () => {
    setConfirmReset(false);
    resetButton.current?.focus();
  };

  /** aria-describedby for a field: its help text (if any) and its error (if any). */
  const describedBy = (field: keyof SettingsForm, help?: string) =>
    [help, errors[field] ? id(`${field}-error`) : undefined].filter(Boolean).join(' ') || undefined;

  const errorText = (field: keyof SettingsForm) =>
    errors[field] ? (
      <p class="co-error" id={id(`${field}-error`)}>
        {String(errors[field])}
      </p>
    ) : null;

  const sensitivityGroup = (field: 'sensitivity' | 'publicSensitivity', legend: string, help: string) => (
    <fieldset
      class="co-fieldset"
      role="radiogroup"
      data-co-field={field}
      aria-invalid={errors[field] ? 'true' : undefined}
      aria-describedby={describedBy(field, id(`${field}-help`))}
    >
      <legend>{legend}</legend>
      <p class="co-help" id={id(`${field}-help`)}>
        {help}
      </p>
      <div class="co-choices">
        {SENSITIVITIES.map((s: Sensitivity) => (
          <label class="co-choice" key={s}>
            <input
              type="radio"
              name={id(field)}
              value={s}
              checked={form[field] === s}
              onChange={() => set(field, s)}
            />
            {sensitivityLabel(s)}
          </label>
        ))}
      </div>
      {errorText(field)}
    </fieldset>
  );

  const guidelines = Array.isArray(data.guidelines) ? data.guidelines : [];
  const problems = Array.isArray(data.problems) ? data.problems : [];
  const status = errorCount
    ? `Not saved: ${errorCount === 1 ? '1 field needs' : `${errorCount} fields need`} fixing.`
    : saveError
      ? ''
      : data.savedAt
      ? 'Saved.'
      : '';

  return (
    <main class="co-root co-page co-options">
      <h1 class="co-h1">Cool-Off options</h1>
      {problems.length ? (
        <div class="co-notice" role="note">
          <strong>Some stored settings could not be read and were replaced by defaults:</strong>
          <ul>
            {problems.slice(0, 20).map((p, i) => (
              <li key={i}>{String(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <form class="co-form" ref={formRef} onSubmit={onSubmit} noValidate aria-label="Cool-Off settings">
        <div class="co-field">
          <label class="co-label" for={id('delaySeconds')}>
            Cool-off delay (seconds)
          </label>
          <p class="co-help" id={id('delaySeconds-help')}>
            How long an angry reply is held, {DELAY_MIN}–{DELAY_MAX} seconds. 0 flags without holding.
          </p>
          <input
            class="co-input"
            id={id('delaySeconds')}
            name="delaySeconds"
            type="number"
            inputMode="numeric"
            min={DELAY_MIN}
            max={DELAY_MAX}
            step={1}
            data-co-field="delaySeconds"
            value={form.delaySeconds}
            aria-invalid={errors.delaySeconds ? 'true' : undefined}
            aria-describedby={describedBy('delaySeconds', id('delaySeconds-help'))}
            onInput={(e) => set('delaySeconds', e.currentTarget.value)}
          />
          {errorText('delaySeconds')}
        </div>

        {sensitivityGroup('sensitivity', 'Sensitivity for email', 'Private replies (Gmail, Outlook).')}
        {sensitivityGroup(
          'publicSensitivity',
          'Sensitivity for public review replies',
          'Review replies stay public for years; strict is the default.',
        )}

        <fieldset
          class="co-fieldset"
          data-co-field="sites"
          aria-invalid={errors.sites ? 'true' : undefined}
          aria-describedby={describedBy('sites')}
        >
          <legend>Sites</legend>
          <div class="co-choices">
            {SITE_IDS.map((site) => (
              <label class="co-choice" key={site}>
                <input
                  type="checkbox"
                  name={`site-${site}`}
                  checked={form.sites[site]}
                  onChange={(e) => set('sites', { ...form.sites, [site]: e.currentTarget.checked })}
                />
                {data.siteLabels?.[site] ?? site}
              </label>
            ))}
          </div>
          {errorText('sites')}
          {data.settings.customSites.length && actions.removeCustomSite ? (
            <div class="co-custom-sites">
              <p class="co-help">Other sites you turned on from the toolbar popup:</p>
              <ul>
                {data.settings.customSites.map((origin) => (
                  <li key={origin}>
                    {origin}{' '}
                    <button
                      type="button"
                      class="co-btn co-btn-small"
                      aria-label={`Turn Cool-Off off on ${origin}`}
                      onClick={() => actions.removeCustomSite?.(origin)}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </fieldset>

        <p class="co-help" id={id('words-help')}>
          Separate words or phrases with commas or new lines. Up to {WORD_LIST_MAX} in each list, each at most 60
          characters; both lists together hold about {WORD_LISTS_ABOUT.toLocaleString('en-US')} characters (Chrome’s limit
          for synced settings).
        </p>
        {(
          [
            ['alwaysFlag', 'Always flag these words'],
            ['neverFlag', 'Never flag these words'],
          ] as const
        ).map(([field, label]) => (
          <div class="co-field" key={field}>
            <label class="co-label" for={id(field)}>
              {label}
            </label>
            <textarea
              class="co-textarea"
              id={id(field)}
              name={field}
              rows={3}
              data-co-field={field}
              value={form[field]}
              aria-invalid={errors[field] ? 'true' : undefined}
              aria-describedby={describedBy(field, id('words-help'))}
              onInput={(e) => set(field, e.currentTarget.value)}
            />
            {errorText(field)}
          </div>
        ))}

        <p class="co-help" id={id('names-help')}>
          Used to sign off replies that Cool-Off drafts for you.
        </p>
        {(
          [
            ['signatureName', 'Your name', 'name'],
            ['businessName', 'Business name', 'organization'],
          ] as const
        ).map(([field, label, autocomplete]) => (
          <div class="co-field" key={field}>
            <label class="co-label" for={id(field)}>
              {label}
            </label>
            <input
              class="co-input"
              id={id(field)}
              name={field}
              type="text"
              autocomplete={autocomplete}
              data-co-field={field}
              value={form[field]}
              aria-invalid={errors[field] ? 'true' : undefined}
              aria-describedby={describedBy(field, id('names-help'))}
              onInput={(e) => set(field, e.currentTarget.value)}
            />
            {errorText(field)}
          </div>
        ))}

        {guidelines.length ? (
          <fieldset
            class="co-fieldset"
            data-co-field="disabledGuidelines"
            aria-invalid={errors.disabledGuidelines ? 'true' : undefined}
            aria-describedby={describedBy('disabledGuidelines', id('guidelines-help'))}
          >
            <legend>Guidelines to suggest</legend>
            <p class="co-help" id={id('guidelines-help')}>
              Unchecked guidelines are never suggested.
            </p>
            <div class="co-choices co-choices-column">
              {guidelines.map((g) => (
                <label class="co-choice" key={g.id}>
                  <input
                    type="checkbox"
                    name={`guideline-${g.id}`}
                    value={g.id}
                    checked={!form.disabledGuidelines.includes(g.id)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      set(
                        'disabledGuidelines',
                        on ? form.disabledGuidelines.filter((x) => x !== g.id) : [...form.disabledGuidelines, g.id],
                      );
                    }}
                  />
                  <span>
                    {String(g.title)}
                    {g.why ? <span class="co-muted"> — {String(g.why)}</span> : null}
                  </span>
                </label>
              ))}
            </div>
            {errorText('disabledGuidelines')}
          </fieldset>
        ) : null}

        <div class="co-buttons">
          <button type="submit" class="co-btn co-btn-primary">
            Save
          </button>
          <button type="button" class="co-btn" ref={resetButton} aria-expanded={confirmReset} onClick={() => setConfirmReset(true)}>
            Reset defaults
          </button>
          {confirmReset ? (
            <div role="group" aria-labelledby={id('reset-question')} class="co-reset-confirm">
              <p id={id('reset-question')}>Reset every setting to its default? This saves at once. Sites you turned on yourself stay on.</p>
              <button type="button" class="co-btn co-btn-primary" ref={confirmButton} onClick={onReset}>
                Yes, reset
              </button>
              <button type="button" class="co-btn" onClick={onCancelReset}>
                Cancel
              </button>
            </div>
          ) : null}
          <p role="status" class={errorCount ? 'co-error' : 'co-ok'}>
            {status}
          </p>
          {/* Always present, so the message is announced when it appears; focused after a failed save. */}
          <p role="alert" class="co-error co-save-error" id={id('save-error')} tabIndex={-1} ref={saveErrorRef}>
            {saveError}
          </p>
        </div>
      </form>
    </main>
  );
}
