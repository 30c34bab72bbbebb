// monaco-editor ships its YAML tokenizer (esm/vs/languages/definitions/yaml/yaml.js) without types.
declare module 'monaco-editor/languages/definitions/yaml/yaml' {
  import type { languages } from 'monaco-editor/editor';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
