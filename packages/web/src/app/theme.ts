import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep government green, sober enough for an office tool, with enough contrast for badges.
const tepat: MantineColorsTuple = [
  '#e8f6f1',
  '#d6ebe3',
  '#aad6c5',
  '#7bc0a5',
  '#55ad8a',
  '#3ca178',
  '#2e9b6e',
  '#1f875d',
  '#137851',
  '#006843',
];

export const theme = createTheme({
  primaryColor: 'tepat',
  primaryShade: 8,
  colors: { tepat },
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, system-ui, sans-serif',
  headings: { fontWeight: '650' },
});
