import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { appConfig } from '../shared/vite.js';

export default defineConfig(
  appConfig('vue', [
    // <sir-donate> is a custom element, not a Vue component: Vue renders it
    // as is and binds props with `key in el` (property) or as attributes.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'sir-donate' } } }),
  ]),
);
