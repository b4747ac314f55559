/** Options page: wires the Options component to storage. */
import { render } from 'preact';
import { Options } from '../ui/Options';
import { pageCss } from '../ui/styles';
import {
  parseSettings,
  resetSettings,
  saveErrorMessage,
  sizeProblem,
  SITE_IDS,
  validateForm,
  type FormErrors,
  type Settings,
} from '../core/settings';
import { GUIDELINES } from '../core/guidelines/data';
import { ADAPTERS } from '../sites';
import { loadSettings, onSettingsChanged, saveSettings } from '../background/ext';
import type { OptionsData } from '../ui/types';

const style = document.createElement('style');
style.textContent = pageCss;
document.head.append(style);

const siteLabels: Record<string, string> = Object.fromEntries(
  SITE_IDS.map((id) => [id, ADAPTERS.find((a) => a.id === id)?.label ?? id]),
);
const guidelines = GUIDELINES.map((g) => ({ id: g.id, title: g.title, why: g.why }));
const app = document.getElementById('app')!;

let state: OptionsData = {
  settings: parseSettings(undefined).settings,
  errors: {},
  savedAt: null,
  problems: [],
  guidelines,
  siteLabels,
};

function draw(): void {
  render(
    <Options
      data={state}
      actions={{
        save: (form) => {
          const result = validateForm(form, state.settings);
          if (!result.ok) {
            state = { ...state, errors: result.errors as FormErrors, savedAt: null, saveError: undefined };
            draw();
            return;
          }
          void persist(result.settings);
        },
        resetDefaults: () => void persist(resetSettings(state.settings)),
        removeCustomSite: (origin) =>
          void persist({ ...state.settings, customSites: state.settings.customSites.filter((o) => o !== origin) }),
      }}
    />,
    app,
  );
}

async function persist(settings: Settings): Promise<void> {
  // Chrome refuses an item over its size limit as a whole: say so before trying, with what to remove.
  const tooLong = sizeProblem(settings);
  if (tooLong) {
    state = { ...state, errors: {}, savedAt: null, saveError: tooLong };
    draw();
    return;
  }
  try {
    await saveSettings(settings);
    state = { ...state, settings, errors: {}, savedAt: Date.now(), problems: [], saveError: undefined };
  } catch (err) {
    // By Save, in plain words; the notice at the top is only for stored values replaced by defaults.
    console.warn('Cool-Off: saving settings failed', err);
    state = { ...state, errors: {}, savedAt: null, saveError: saveErrorMessage(err) };
  }
  draw();
}

const controller = new AbortController();
void loadSettings().then(({ settings, problems }) => {
  state = { ...state, settings, problems };
  draw();
});
onSettingsChanged(({ settings }) => {
  state = { ...state, settings };
  draw();
}, controller.signal);
draw();
