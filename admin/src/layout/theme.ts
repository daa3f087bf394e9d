import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// python.org's blue and yellow, on react-admin's default themes.
const brand = (base: RaThemeOptions, dark: boolean): RaThemeOptions => ({
  ...base,
  palette: {
    ...base.palette,
    primary: { main: dark ? '#7fb2e5' : '#306998' },
    secondary: { main: dark ? '#ffd43b' : '#1f4a70' },
  },
});

export const lightTheme = brand(defaultLightTheme, false);
export const darkTheme = brand(defaultDarkTheme, true);
