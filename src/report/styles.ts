// The report's stylesheet, inlined in the page (its hash is in the page's CSP).
export const REPORT_CSS = `
:root{--q:#1d4ed8;--q-bg:#dbeafe;--d:#b45309;--d-bg:#fde9c4;--c:#15803d;--c-bg:#ecfdf3;--a:#7e22ce;--a-bg:#f5edff;
--ink:#1f2933;--muted:#64707d;--line:#e3e7ec;--panel:#f7f8fa;--accent:#0f5cc0;--ok:#15803d;--bad:#c0262d;--fix:#c26a00;
font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;color:var(--ink);font-size:14px}
*{box-sizing:border-box}
html,body{margin:0;height:100%;overflow:hidden;background:#fff}
button,input,select,textarea{font:inherit;color:inherit}
button{cursor:pointer;border:1px solid var(--line);background:#fff;border-radius:6px;padding:4px 10px}
button:hover{border-color:#b8c1cc;background:#f3f5f8}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff}
button.primary:hover{background:#0b4ea6}
button:disabled{opacity:.45;cursor:default}
input[type=search],input[type=text],select{border:1px solid var(--line);border-radius:6px;padding:5px 8px;background:#fff}
input:focus,select:focus,button:focus-visible{outline:2px solid #9cc3f5;outline-offset:0}
.app{display:grid;grid-template-rows:auto 1fr;height:100vh}
.top{display:flex;align-items:center;gap:14px;padding:8px 16px;border-bottom:1px solid var(--line);background:#fbfcfd;min-width:0}
.brand{font-weight:700;font-size:15px;white-space:nowrap;letter-spacing:.2px}
.brand small{font-weight:400;color:var(--muted);margin-left:6px}
.summary{color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0;flex:1}
.summary b{color:var(--ink);font-weight:600}
.legend{display:flex;gap:6px;flex-wrap:nowrap}
.legend b{font-weight:600;font-variant-numeric:tabular-nums}.legend label{display:flex;align-items:center;gap:4px;padding:2px 8px;border-radius:12px;border:1px solid var(--line);cursor:pointer;user-select:none;white-space:nowrap;font-size:12.5px}
.legend input{margin:0}
.legend .sw{width:10px;height:10px;border-radius:3px;display:inline-block}
.sw.quantity{background:var(--q)}.sw.deadline{background:var(--d)}.sw.commitment{background:var(--c)}.sw.achievement{background:var(--a)}
.score{font-size:12.5px;color:var(--muted);white-space:nowrap}
.score b{color:var(--ink)}
.body{display:grid;grid-template-columns:264px minmax(0,1fr) 300px;min-height:0}
/* document list */
.list{display:flex;flex-direction:column;border-right:1px solid var(--line);background:var(--panel);min-height:0}
.filters{padding:10px;display:grid;grid-template-columns:minmax(0,1fr);gap:6px;border-bottom:1px solid var(--line)}.filters input{width:100%}
.filters .row{display:flex;gap:6px}.filters .row select{flex:1;min-width:0}
.listcount{font-size:12px;color:var(--muted)}
.viewport{flex:1;overflow-y:auto;position:relative;min-height:0}
.rows{position:relative}
.docrow{position:absolute;left:0;right:0;height:66px;padding:7px 10px 0 12px;border-bottom:1px solid var(--line);cursor:pointer;overflow:hidden}
.docrow:hover{background:#eef2f7}
.docrow.current{background:#e2ecfb;box-shadow:inset 3px 0 0 var(--accent)}
.docrow .name{font-weight:600;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.docrow .sub{font-size:12px;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.docrow .badges{display:flex;gap:3px;margin-top:3px}
.docrow .progress{position:absolute;left:12px;right:10px;bottom:4px;height:3px;background:#e3e7ec;border-radius:2px;overflow:hidden}
.docrow .progress i{display:block;height:100%;background:var(--ok)}
.cnt{font-size:11px;font-variant-numeric:tabular-nums;padding:0 5px;border-radius:8px;line-height:16px;color:#fff}
.cnt.quantity{background:var(--q)}.cnt.deadline{background:var(--d)}.cnt.commitment{background:var(--c)}.cnt.achievement{background:var(--a)}
.flag{font-size:11px;padding:0 5px;border-radius:8px;line-height:16px;background:#fff3cd;color:#8a5a00;border:1px solid #f1d48a}
.flag.err{background:#fde2e2;color:var(--bad);border-color:#f3b4b4}
/* document */
.doc{display:flex;flex-direction:column;min-width:0;min-height:0}
.dochead{padding:12px 20px 0;border-bottom:1px solid var(--line)}
.dochead h1{font-size:18px;margin:0 0 3px;font-weight:650;line-height:1.35}
.dochead .meta{font-size:12.5px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 14px}
.dochead .meta code{font-size:12px}
.tabs{display:flex;gap:2px;margin-top:10px}
.tabs button{border:none;border-bottom:2px solid transparent;border-radius:0;background:none;padding:6px 12px;color:var(--muted)}
.tabs button.on{color:var(--ink);border-bottom-color:var(--accent);font-weight:600}
.tabs .n{font-size:11px;background:#eef1f5;border-radius:8px;padding:0 6px;margin-left:4px;color:var(--muted)}
.banner{margin:10px 20px 0;padding:8px 12px;border-radius:6px;font-size:13px;border:1px solid}
.banner.trunc{background:#fff7e6;border-color:#f3cf8a;color:#7a4b00}
.banner.note{background:#eef4fd;border-color:#c4d8f5;color:#1e3a66}
.banner.err{background:#fdecec;border-color:#f0b3b3;color:#8c1d1d}
.pane{flex:1;min-height:0;overflow:hidden;display:flex}
.textwrap{display:grid;grid-template-columns:210px minmax(0,1fr);flex:1;min-height:0;min-width:0}
.outline{overflow-y:auto;border-right:1px solid var(--line);padding:10px 6px 24px 12px;font-size:12.5px}
.outline h3,.inspector h3{font-size:11.5px;text-transform:uppercase;letter-spacing:.6px;color:var(--muted);margin:4px 0 8px;font-weight:600}
.outline a{display:block;padding:3px 6px;border-radius:4px;color:var(--ink);text-decoration:none;cursor:pointer;line-height:1.35;overflow:hidden;text-overflow:ellipsis;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;max-height:calc(2.7em + 6px)}
.outline a:hover{background:#eef2f7}
.outline a.toc{color:var(--muted);font-style:italic;cursor:default}
.outline .mk{color:var(--accent);font-weight:600;margin-right:3px}
.outline .empty{color:var(--muted);font-size:11.5px;margin:0 0 6px 6px}
.scroller{overflow-y:auto;min-height:0;padding:16px 28px 80px}
.text{white-space:pre-wrap;word-break:break-word;line-height:2.05;font-size:15.5px;max-width:46em;font-family:"Songti SC","Noto Serif CJK SC","Source Han Serif SC",serif,-apple-system,"Noto Sans CJK SC",sans-serif}
.text mark{background:none;color:inherit;border-radius:3px;cursor:pointer;padding:1px 0}
.text mark.k-commitment{background:var(--c-bg);box-shadow:inset 0 -2px 0 #7fcf9b}
.text mark.k-achievement{background:var(--a-bg);box-shadow:inset 0 -2px 0 #c4a2ea}
.text mark.k-quantity{background:var(--q-bg);box-shadow:inset 0 -2px 0 var(--q);padding:1px 1px}
.text mark.k-deadline{background:var(--d-bg);box-shadow:inset 0 -2px 0 var(--d);padding:1px 1px}
.text.hide-quantity mark.k-quantity,.text.hide-deadline mark.k-deadline,.text.hide-commitment mark.k-commitment,.text.hide-achievement mark.k-achievement{background:none;box-shadow:none}
.text mark:hover{filter:brightness(.94)}
.text mark.sel{outline:2px solid var(--accent);outline-offset:1px}
.text mark.rv-right::after{content:"✓";color:var(--ok);font-size:11px;font-weight:700;vertical-align:super;margin-left:1px}
.text mark.rv-wrong{text-decoration:line-through wavy var(--bad)}
.text mark.rv-wrong::after{content:"✗";color:var(--bad);font-size:11px;font-weight:700;vertical-align:super;margin-left:1px}
.text mark.rv-corrected::after{content:"✎";color:var(--fix);font-size:11px;font-weight:700;vertical-align:super;margin-left:1px}
.text .missed{outline:2px dashed var(--fix);outline-offset:1px;border-radius:2px}
.text .noise{color:#9aa3ad;text-decoration:line-through;background:#f3f4f6;font-size:.85em}
.text.hide-noise .noise{font-size:0;text-decoration:none;background:none}
.text.hide-noise .noise:not([data-cont]):not([data-reason=hard-wrap]):not([data-reason=zero-width])::before{content:"⋯";font-size:11px;color:#9aa3ad;background:#f0f2f5;border-radius:6px;padding:0 5px;margin:0 2px}
.text .hd{font-weight:700}
.text .flash{animation:flash 1.4s ease-out}
@keyframes flash{0%{background:#ffe58a}100%{background:transparent}}
.notext{color:var(--muted);font-style:italic}
.tablewrap{overflow:auto;flex:1;min-width:0;padding:12px 20px 40px}
.tabletools{display:flex;justify-content:flex-end;margin:0 0 8px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:#fbfcfd;font-weight:600;font-size:12px;color:var(--muted);white-space:nowrap}
tr.click{cursor:pointer}tr.click:hover td{background:#f3f7fc}
td.sec{max-width:200px;font-size:12.5px}td.claimtext{min-width:260px;line-height:1.55;display:table-cell}td .strength{font-size:11px;color:var(--muted);margin-top:2px}td.sec b{color:var(--accent);font-weight:600}
td.vals{font-variant-numeric:tabular-nums;min-width:80px}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.pill{font-size:11.5px;border-radius:9px;padding:0 7px;line-height:18px;display:inline-block;white-space:nowrap}
.pill.commitment{background:var(--c-bg);color:var(--c)}.pill.achievement{background:var(--a-bg);color:var(--a)}
.pill.quantity{background:var(--q-bg);color:var(--q)}.pill.deadline{background:var(--d-bg);color:var(--d)}
.pill.stage{background:#eef1f5;color:var(--muted)}
/* inspector */
.inspector{border-left:1px solid var(--line);background:var(--panel);overflow-y:auto;padding:14px 14px 30px;min-height:0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px;margin-bottom:12px}
.card .raw{font-size:19px;font-weight:600;margin:6px 0 8px;word-break:break-all;font-family:"Songti SC","Noto Serif CJK SC",serif}
.card .raw.long{font-size:14px;font-weight:400;line-height:1.6}
dl.kv{display:grid;grid-template-columns:84px 1fr;gap:4px 8px;margin:0;font-size:12.5px}
dl.kv dt{color:var(--muted)}dl.kv dd{margin:0;word-break:break-word}
.ctx{font-size:13px;line-height:1.7;color:#46505a;background:var(--panel);border-radius:6px;padding:6px 8px;margin-top:8px}
.ctx b{color:var(--ink);background:#fff2b3;font-weight:600}
.verdicts{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px;margin-top:10px}
.verdicts button{padding:6px 4px;font-size:13px}
.verdicts button.on.right{background:#e3f6ea;border-color:var(--ok);color:var(--ok)}
.verdicts button.on.wrong{background:#fdecec;border-color:var(--bad);color:var(--bad)}
.verdicts button.on.corrected{background:#fff1de;border-color:var(--fix);color:var(--fix)}
.form{display:grid;gap:6px;margin-top:10px}
.form label{display:grid;grid-template-columns:60px 1fr;align-items:center;gap:6px;font-size:12.5px;color:var(--muted)}
.form input,.form select{width:100%;min-width:0}
.navrow{display:flex;align-items:center;justify-content:space-between;font-size:12px;color:var(--muted)}
.navrow button{padding:2px 8px}
.navrow+.navrow,dl.kv+.navrow{margin-top:10px}
.help{font-size:12.5px;color:var(--muted);line-height:1.6}
.help kbd{font-family:ui-monospace,monospace;font-size:11px;border:1px solid #cfd5dc;border-bottom-width:2px;border-radius:4px;padding:0 4px;background:#fff;color:var(--ink)}
.progressline{display:flex;justify-content:space-between;font-size:12.5px;margin:4px 0}
.bar{height:6px;background:#e3e7ec;border-radius:3px;overflow:hidden;margin:2px 0 8px}.bar i{display:block;height:100%;background:var(--ok)}
.tip{position:fixed;z-index:10;max-width:340px;background:#1f2933;color:#fff;border-radius:6px;padding:7px 10px;font-size:12.5px;line-height:1.5;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.18)}
.tip .t{font-weight:600}.tip .r{color:#b8c4d0;font-family:ui-monospace,monospace;font-size:11.5px}
.hidden{display:none!important}
.empty-state{padding:40px;color:var(--muted)}
`;
