// Prettier lays out the JavaScript (`npm run format`; scripts/test.sh checks it with
// `npm run format:check`), in the style the code was already written in: two spaces,
// single quotes, semicolons, trailing commas, lines up to 120 columns. What it formats
// is listed in .prettierignore (the scripts, the web app's pages and styles: not the
// JSON data, the prose or the C++, which has .clang-format).
export default {
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
};
