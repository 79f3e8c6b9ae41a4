// The docs site: English at the root, Chinese under /zh/. The playground imports the
// library from src/ (alias `tigang` → src/index.ts), so the site always runs this checkout's core.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const srcIndex = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Reference pages written by other parts of the project; listed only once they exist, so the build never links a missing page. */
const optional = (text: string, page: string): DefaultTheme.SidebarItem[] => (existsSync(`${docsDir}${page}.md`) ? [{ text, link: `/${page}` }] : []);
// TIGANG_DOCS_NO_API=1 builds without the API reference (the e2e test's quicker build).
const skipApi = process.env.TIGANG_DOCS_NO_API === '1';
const hasApi = !skipApi && (existsSync(`${docsDir}api/index.md`) || existsSync(`${docsDir}api/README.md`));

/** The API reference's sidebar, from the pages typedoc wrote (docs/api/<group>/<Name>.md). */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const groups: [string, string][] = [['functions', 'Functions'], ['classes', 'Classes'], ['interfaces', 'Interfaces'], ['type-aliases', 'Types'], ['variables', 'Schemas and constants']];
  const items: DefaultTheme.SidebarItem[] = [{ text: 'Overview', link: '/api/' }];
  for (const [dir, text] of groups) {
    if (!existsSync(`${docsDir}api/${dir}`)) continue;
    const pages = readdirSync(`${docsDir}api/${dir}`).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort((a, b) => a.localeCompare(b));
    items.push({ text, collapsed: dir !== 'functions', items: pages.map((name) => ({ text: name, link: `/api/${dir}/${name}` })) });
  }
  return items;
}

function sidebar(lang: 'en' | 'zh'): DefaultTheme.Sidebar {
  const zh = lang === 'zh';
  const p = zh ? '/zh' : '';
  // guide pages that exist in Chinese; the others link to the English page
  const page = (text: string, slug: string, translated = true) => ({ text: translated || !zh ? text : `${text}(英文)`, link: translated ? `${p}/guide/${slug}` : `/guide/${slug}` });
  return [
    {
      text: zh ? '指南' : 'Guide',
      items: [
        page(zh ? '简介' : 'What is tigang?', 'what-is-tigang'),
        page(zh ? '安装与快速上手' : 'Getting started', 'getting-started'),
        page(zh ? '解析' : 'Parsing', 'parsing'),
        page(zh ? '提纲模型' : 'The outline model', 'outline'),
        page(zh ? '抽取:数量、期限、承诺' : 'Extraction', 'extraction'),
        page(zh ? '文档比较' : 'Comparison', 'comparison'),
        page(zh ? '命令行与批处理' : 'CLI and batch tables', 'cli'),
        page(zh ? 'JSON Schema' : 'JSON Schema', 'json-schema'),
        page(zh ? '常见问题与已知局限' : 'FAQ and known limits', 'faq'),
      ],
    },
    {
      text: zh ? '在线试用' : 'Try it',
      items: [{ text: zh ? '在线演示' : 'Playground', link: `${p}/playground` }],
    },
    {
      text: zh ? '参考(英文)' : 'Reference',
      items: [
        ...(hasApi ? [{ text: zh ? 'API 参考' : 'API reference', link: '/api/' }] : []),
        { text: zh ? '提纲树规范' : 'The outline tree (spec)', link: '/spec/tree' },
        ...optional(zh ? '比较结果详解' : 'Comparison results', 'compare'),
        ...optional(zh ? '批处理' : 'Batch processing', 'batch'),
        ...optional(zh ? '错误与警告' : 'Errors and warnings', 'errors'),
        ...optional(zh ? '流水线' : 'The pipeline', 'pipeline'),
        ...optional(zh ? '架构' : 'Architecture', 'architecture'),
        ...optional(zh ? '时间表达式' : 'Times and deadlines', 'times'),
        ...optional(zh ? '审阅报告' : 'Review report', 'report'),
        ...optional(zh ? '变体检验' : 'Metamorphic checks', 'metamorphic'),
        { text: zh ? '依赖' : 'Dependencies', link: '/dependencies' },
      ],
    },
  ];
}

function nav(lang: 'en' | 'zh'): DefaultTheme.NavItem[] {
  const zh = lang === 'zh';
  const p = zh ? '/zh' : '';
  return [
    { text: zh ? '指南' : 'Guide', link: `${p}/guide/what-is-tigang`, activeMatch: `^${p}/guide/` },
    { text: zh ? '在线演示' : 'Playground', link: `${p}/playground` },
    ...(hasApi ? [{ text: 'API', link: '/api/', activeMatch: '^/api/' }] : []),
  ];
}

export default defineConfig({
  title: 'tigang 提纲',
  description: 'Outline trees, quantified commitments and deadlines from Chinese policy texts.',
  srcExclude: skipApi ? ['api/**'] : [],
  cleanUrls: false, // pages are written as NAME.html: the playground is playground.html
  lastUpdated: false,
  // Reference pages that other parts of the project add (compare, batch, errors, pipeline) may not exist
  // in every checkout: links to exactly those may dangle; any other dead link fails the build.
  // The API reference is generated (npm run docs:api); a build without it (the e2e test's) may
  // leave links to /api/ dangling.
  ignoreDeadLinks: [/^(?:\.\.?\/|\/)?(?:compare|batch|errors|pipeline)(?:\.md|\.html)?(?:#.*)?$/, ...(hasApi ? [] : [/^\/api\//])],
  head: [
    ['meta', { name: 'theme-color', content: '#b42318' }],
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
  ],
  markdown: { lineNumbers: false, languageAlias: { idl: 'ts' } }, // docs/spec/tree.md writes its node types in IDL
  themeConfig: {
    logo: { src: '/favicon.svg', alt: '' },
    socialLinks: [{ icon: 'npm', link: 'https://www.npmjs.com/package/tigang' }],
    search: {
      provider: 'local',
      options: {
        locales: {
          zh: {
            translations: {
              button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
              modal: {
                displayDetails: '显示详情',
                resetButtonTitle: '清除',
                backButtonTitle: '关闭',
                noResultsText: '没有结果',
                footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
              },
            },
          },
        },
      },
    },
    outline: { level: [2, 3] },
  },
  locales: {
    root: {
      label: 'English',
      lang: 'en',
      themeConfig: {
        nav: nav('en'),
        sidebar: { '/api/': apiSidebar(), '/': sidebar('en') },
        footer: { message: 'MIT licensed.', copyright: 'tigang 提纲' },
      },
    },
    zh: {
      label: '简体中文',
      lang: 'zh-CN',
      link: '/zh/',
      title: 'tigang 提纲',
      description: '从中文政策文本中提取提纲树、量化承诺与期限。',
      themeConfig: {
        nav: nav('zh'),
        sidebar: { '/api/': apiSidebar(), '/zh/': sidebar('zh') },
        outline: { level: [2, 3], label: '本页目录' },
        docFooter: { prev: '上一页', next: '下一页' },
        darkModeSwitchLabel: '外观',
        sidebarMenuLabel: '菜单',
        returnToTopLabel: '回到顶部',
        langMenuLabel: '切换语言',
        footer: { message: 'MIT 许可。', copyright: 'tigang 提纲' },
      },
    },
  },
  vite: {
    resolve: {
      alias: {
        tigang: srcIndex,
        // micromark's entity decoder has a DOM build for browsers (document.createElement):
        // the core runs in a Web Worker, which has no document, so use its plain build
        'decode-named-character-reference': fileURLToPath(new URL('../../node_modules/decode-named-character-reference/index.js', import.meta.url)),
      },
    },
    worker: { format: 'es' },
    build: { chunkSizeWarningLimit: 1500 },
  },
});
