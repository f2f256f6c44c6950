// Vue 3 app entry: register <sir-donate> once, then mount.
import 'sir-donate/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
