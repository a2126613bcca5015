// Mantine's PostCSS set-up (see mantine.dev "Getting started" with Vite). An ES module rather than
// Mantine's usual postcss.config.cjs because this package is "type": "module" and the repository
// lint only knows .js/.mjs files outside a tsconfig.
export default {
  plugins: {
    'postcss-preset-mantine': {},
    'postcss-simple-vars': {
      variables: {
        'mantine-breakpoint-xs': '36em',
        'mantine-breakpoint-sm': '48em',
        'mantine-breakpoint-md': '62em',
        'mantine-breakpoint-lg': '75em',
        'mantine-breakpoint-xl': '88em',
      },
    },
  },
};
