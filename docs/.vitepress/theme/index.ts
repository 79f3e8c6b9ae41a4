import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import { h } from 'vue';
import HeroDemo from './HeroDemo.vue';
import Playground from './Playground.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { 'home-hero-image': () => h(HeroDemo) }),
  enhanceApp({ app }) {
    app.component('Playground', Playground);
  },
} satisfies Theme;
