import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { appConfig } from '../shared/vite.js';

export default defineConfig(appConfig('react', [react()]));
