import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { registry } from './resources';

// Resource names in singular and plural, so titles read "Create venue" and the menu "Venues".
const resources = Object.fromEntries(registry.map((r) => [r.name, { name: `${r.singular} |||| ${r.label}` }]));

export const i18nProvider = polyglotI18nProvider(() => ({ ...englishMessages, resources }), 'en', [{ name: 'en', value: 'English' }], {
  allowMissing: true,
});
