/**
 * Styles of the host-page side of the sidebar, inside its closed shadow root. One rule a line and no spaces
 * the CSS does not need: this string is on every mail and CRM page, inside the content script's 10 KB.
 */
export const frameStyles = `:host{all:initial}
.panel{position:fixed;top:0;right:0;bottom:0;z-index:2147483646;display:flex;box-shadow:-2px 0 8px rgb(0 0 0/.18)}
.panel[hidden],.tab[hidden]{display:none}
iframe{flex:1;border:0;width:100%;height:100%;color-scheme:normal}
.resize{width:6px;cursor:ew-resize;background:rgb(128 128 128/.35);flex:none}
.resize:hover,.resize:focus-visible{background:rgb(26 115 232/.5);outline:none}
.dragging iframe{pointer-events:none}
.tab{position:fixed;right:0;top:50%;transform:translateY(-50%);z-index:2147483646;width:28px;height:72px;border:0;border-radius:8px 0 0 8px;cursor:pointer;background:#1a73e8;color:#fff;font:600 16px/1 system-ui,sans-serif;box-shadow:-1px 0 6px rgb(0 0 0/.25)}
.tab:focus-visible{outline:3px solid #fbbc04;outline-offset:2px}`;
