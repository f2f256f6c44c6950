var SirDonate=(function(e){Object.defineProperty(e,Symbol.toStringTag,{value:`Module`});var t=Object.defineProperty,n=(e,t,n)=>()=>{if(n)throw n[0];try{return e&&(t=e(e=0)),t}catch(e){throw n=[e],e}},r=(e,n)=>{let r={};for(var i in e)t(r,i,{get:e[i],enumerable:!0});return n||t(r,Symbol.toStringTag,{value:`Module`}),r},i=globalThis,a=i.ShadowRoot&&(i.ShadyCSS===void 0||i.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,o=Symbol(),s=new WeakMap,c=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==o)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(a&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=s.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&s.set(t,e))}return e}toString(){return this.cssText}},l=e=>new c(typeof e==`string`?e:e+``,void 0,o),u=(e,...t)=>new c(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,o),d=(e,t)=>{if(a)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let n of t){let t=document.createElement(`style`),r=i.litNonce;r!==void 0&&t.setAttribute(`nonce`,r),t.textContent=n.cssText,e.appendChild(t)}},f=a?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return l(t)})(e):e,{is:p,defineProperty:m,getOwnPropertyDescriptor:h,getOwnPropertyNames:g,getOwnPropertySymbols:_,getPrototypeOf:v}=Object,y=globalThis,b=y.trustedTypes,ee=b?b.emptyScript:``,te=y.reactiveElementPolyfillSupport,x=(e,t)=>e,ne={toAttribute(e,t){switch(t){case Boolean:e=e?ee:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},re=(e,t)=>!p(e,t),ie={attribute:!0,type:String,converter:ne,reflect:!1,useDefault:!1,hasChanged:re};Symbol.metadata??=Symbol(`metadata`),y.litPropertyMetadata??=new WeakMap;var S=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=ie){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&m(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=h(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??ie}static _$Ei(){if(this.hasOwnProperty(x(`elementProperties`)))return;let e=v(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(x(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(x(`properties`))){let e=this.properties,t=[...g(e),..._(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(f(e))}else e!==void 0&&t.push(f(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return d(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?ne:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?ne:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??re)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};S.elementStyles=[],S.shadowRootOptions={mode:`open`},S[x(`elementProperties`)]=new Map,S[x(`finalized`)]=new Map,te?.({ReactiveElement:S}),(y.reactiveElementVersions??=[]).push(`2.1.2`);var ae=globalThis,oe=e=>e,se=ae.trustedTypes,ce=se?se.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,le=`$lit$`,C=`lit$${Math.random().toFixed(9).slice(2)}$`,ue=`?`+C,de=`<${ue}>`,w=document,T=()=>w.createComment(``),E=e=>e===null||typeof e!=`object`&&typeof e!=`function`,fe=Array.isArray,pe=e=>fe(e)||typeof e?.[Symbol.iterator]==`function`,me=`[ 	
\f\r]`,he=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ge=/-->/g,_e=/>/g,D=RegExp(`>|${me}(?:([^\\s"'>=/]+)(${me}*=${me}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),ve=/'/g,ye=/"/g,be=/^(?:script|style|textarea|title)$/i,O=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),k=Symbol.for(`lit-noChange`),A=Symbol.for(`lit-nothing`),xe=new WeakMap,j=w.createTreeWalker(w,129);function Se(e,t){if(!fe(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return ce===void 0?t:ce.createHTML(t)}var Ce=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=he;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===he?c[1]===`!--`?o=ge:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=D):(be.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=D):o=_e:o===D?c[0]===`>`?(o=i??he,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?D:c[3]===`"`?ye:ve):o===ye||o===ve?o=D:o===ge||o===_e?o=he:(o=D,i=void 0);let d=o===D&&e[t+1].startsWith(`/>`)?` `:``;a+=o===he?n+de:l>=0?(r.push(s),n.slice(0,l)+le+n.slice(l)+C+d):n+C+(l===-2?t:d)}return[Se(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},we=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=Ce(t,n);if(this.el=e.createElement(l,r),j.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=j.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(le)){let t=u[o++],n=i.getAttribute(e).split(C),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?Oe:r[1]===`?`?ke:r[1]===`@`?Ae:De}),i.removeAttribute(e)}else e.startsWith(C)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(be.test(i.tagName)){let e=i.textContent.split(C),t=e.length-1;if(t>0){i.textContent=se?se.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],T()),j.nextNode(),c.push({type:2,index:++a});i.append(e[t],T())}}}else if(i.nodeType===8){if(i.data===ue)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(C,e+1))!==-1;)c.push({type:7,index:a}),e+=C.length-1}}a++}}static createElement(e,t){let n=w.createElement(`template`);return n.innerHTML=e,n}};function M(e,t,n=e,r){if(t===k)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=E(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=M(e,i._$AS(e,t.values),i,r)),t}var Te=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??w).importNode(t,!0);j.currentNode=r;let i=j.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new Ee(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new je(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=j.nextNode(),a++)}return j.currentNode=w,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},Ee=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=M(this,e,t),E(e)?e===A||e==null||e===``?(this._$AH!==A&&this._$AR(),this._$AH=A):e!==this._$AH&&e!==k&&this._(e):e._$litType$===void 0?e.nodeType===void 0?pe(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==A&&E(this._$AH)?this._$AA.nextSibling.data=e:this.T(w.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=we.createElement(Se(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new Te(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=xe.get(e.strings);return t===void 0&&xe.set(e.strings,t=new we(e)),t}k(t){fe(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(T()),this.O(T()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=oe(e).nextSibling;oe(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},De=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=A,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=A}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=M(this,e,t,0),a=!E(e)||e!==this._$AH&&e!==k,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=M(this,r[n+o],t,o),s===k&&(s=this._$AH[o]),a||=!E(s)||s!==this._$AH[o],s===A?e=A:e!==A&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===A?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},Oe=class extends De{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===A?void 0:e}},ke=class extends De{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==A)}},Ae=class extends De{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=M(this,e,t,0)??A)===k)return;let n=this._$AH,r=e===A&&n!==A||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==A&&(n===A||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},je=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){M(this,e)}},Me={M:le,P:C,A:ue,C:1,L:Ce,R:Te,D:pe,V:M,I:Ee,H:De,N:ke,U:Ae,B:Oe,F:je},Ne=ae.litHtmlPolyfillSupport;Ne?.(we,Ee),(ae.litHtmlVersions??=[]).push(`3.3.3`);var Pe=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new Ee(t.insertBefore(T(),e),e,void 0,n??{})}return i._$AI(e),i},Fe=globalThis,N=class extends S{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Pe(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return k}};N._$litElement$=!0,N.finalized=!0,Fe.litElementHydrateSupport?.({LitElement:N});var Ie=Fe.litElementPolyfillSupport;Ie?.({LitElement:N}),(Fe.litElementVersions??=[]).push(`4.2.2`);var Le={attribute:!0,type:String,converter:ne,reflect:!1,hasChanged:re},Re=(e=Le,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function P(e){return(t,n)=>typeof n==`object`?Re(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function F(e){return P({...e,state:!0,attribute:!1})}var ze=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function Be(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return ze(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return ze(n,r,{get(){return a(this)}})}}var I={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Ve=e=>(...t)=>({_$litDirective$:e,values:t}),He=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}},{I:Ue}=Me,We=e=>e.strings===void 0,Ge={},Ke=(e,t=Ge)=>e._$AH=t,L=Ve(class extends He{constructor(e){if(super(e),e.type!==I.PROPERTY&&e.type!==I.ATTRIBUTE&&e.type!==I.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!We(e))throw Error("`live` bindings can only contain a single expression")}render(e){return e}update(e,[t]){if(t===k||t===A)return t;let n=e.element,r=e.name;if(e.type===I.PROPERTY){if(t===n[r])return k}else if(e.type===I.BOOLEAN_ATTRIBUTE){if(!!t===n.hasAttribute(r))return k}else if(e.type===I.ATTRIBUTE&&n.getAttribute(r)===t+``)return k;return Ke(e),t}}),R=class extends Error{constructor(e){super(e.message),this.name=`SirApiError`,Object.assign(this,e)}toJSON(){let{code:e,message:t,retryable:n,status:r}=this;return qe({code:e,message:t,retryable:n,status:r})}},qe=e=>JSON.parse(JSON.stringify(e)),z=(e,t,n=!1,r,i)=>new R({code:e,message:t,retryable:n,status:r,retryAfter:i});function Je(e){let t=e.toLowerCase().replace(/\.$/,``);return/^((.*\.)?localhost|\[::1]|::1)$/.test(t)||/^127(\.\d{1,3}){3}$/.test(t)&&t.split(`.`).every(e=>+e<256)}function Ye(e,t){try{let n=new URL(typeof e==`string`&&e.length<=8192?e:``);if(!(n.username+n.password)&&(n.protocol==`https:`||t&&n.protocol==`http:`&&Je(n.hostname)))return n}catch{}}function Xe(e,t){return Ye(e,t.allowLoopbackHttp)?.href}var Ze=(e,t,n)=>Math.round(+(e*t/100).toPrecision(15)),Qe=(e,t)=>{let{amount:n,tipPercent:r}=e,i={...e,...t};if(!(n>0&&Number.isSafeInteger(n)))throw z(`INVALID_AMOUNT`,`Amount must be positive`);let a={nonprofitSlug:t.nonprofit,amount:n,currency:t.currency.toUpperCase(),frequency:e.frequency,provider:t.provider};t.tip!==!1&&r>0&&isFinite(r)&&(a.tipPercent=r,a.tipAmount=Ze(n,r));for(let e of[`donorEmail`,`firstName`,`lastName`,`referralCode`]){let t=i[e]?.trim();t&&(a[e]=t)}return a},$e=(e,t)=>{let n=!1;try{n=Je(new URL(t).hostname)}catch{}let r=Xe(e?.donationLink??e,{allowLoopbackHttp:n});if(r)return r;throw z(`UNSAFE_CHECKOUT_URL`,`Unsafe checkout link`)},et={},tt=(e,t)=>et[e]??=t(),nt=(e,t={})=>tt(e+JSON.stringify(t),()=>{try{return Intl.NumberFormat(e,t)}catch{return Intl.NumberFormat(void 0,t)}}),B=e=>tt(e,()=>nt(`en`,{style:`currency`,currency:e}).resolvedOptions().maximumFractionDigits),rt=e=>typeof e==`string`&&Intl.supportedValuesOf(`currency`).includes(e.toUpperCase()),it=(e,t)=>{if(!isFinite(e))throw RangeError(`Not finite`);let[n,r=0]=String(e).split(`e`);return Math.round(+`${n}e${+r+B(t)}`)},at=(e,t)=>e/10**B(t),ot=(e,t,n,r)=>{let i=B(t);return nt(n,{style:r,currency:t,minimumFractionDigits:e%10**i?i:0,maximumFractionDigits:i}).format(e/10**i)},st=(e,t,n)=>ot(e,t,n,`currency`),ct=(e,t,n)=>ot(e,t,n),lt=(e,t,n)=>e<t?`below-min`:e>n?`above-max`:void 0,ut=e=>e.normalize(`NFKC`).replace(/\p{Cf}/gu,``).replace(/[٠-٬]/g,e=>`0123456789%.,`[e.charCodeAt(0)-1632]);function dt(e,t,n){let r=(e,r)=>tt(e+t+n,()=>ut(nt(t,r).formatToParts(1234567.5).find(t=>t.type==e)?.value??``)),[,i=`-`,a=``]=/^([-−\s\0]*)([\d.,'’ ]*?)[\s\0]*$/.exec(ut(e).replace(r(`currency`,{style:`currency`,currency:n}),`\0`))||[],o=a.replace(/\d/g,``),s=o.slice(-1),c=/[.,]/.test(s),l=o==s&&c&&s!=r(`decimal`),u=/^\d{1,3}.\d{3}$/.test(a),[d=``,f=``]=a.split(c&&a.split(s).length<3&&!(l&&u)?s:`x`),p=f.replace(/0+$/,``),m=B(n),h=+(d.replace(/\D/g,``)+p.padEnd(m,`0`)),g=/\d/.test(a)?l&&u!=(s==r(`group`))?`ambiguous`:!/^(\d*|\d{1,3}(x\d{3})+|\d\d?(x\d\d)*x\d{3})$/.test(d.split(o[0]).join(`x`))||!Number.isSafeInteger(h)?`invalid`:/[-−]/.test(i)?`negative`:p.length>m?`too-precise`:``:a||/[-−]/.test(i)?`invalid`:`empty`;return g?{ok:!1,reason:g}:{ok:!0,major:at(h,n),minor:h}}var ft={amountGroup:`Donation amount`,otherAmount:`Other amount`,frequencyGroup:`Donation frequency`,once:`One-time`,monthly:`Monthly`,firstName:`First name`,lastName:`Last name`,email:`Email`,donorGroup:`Your details`,tipLabel:`Add a tip to support {partner}`,tipNone:`No tip`,total:`Total: {amount}`,totalMonthly:`Total: {amount} per month`,donate:`Donate {amount}`,donateMonthly:`Donate {amount} monthly`,donateGeneric:`Donate`,donateTo:`Donate to {nonprofit}`,form:`Donation form`,testMode:`Test mode`,testHint:`No real payments are made.`,loading:`Loading donation form…`,tryAgain:`Try again`,close:`Close`,redirecting:`Taking you to secure checkout…`,awaiting:`Complete your donation in the checkout window. We'll update this page when it's done.`,openCheckout:`Open checkout`,newTab:`(opens in a new tab)`,popupBlocked:`Your browser blocked the checkout window.`,checking:`Checking your donation…`,thanks:`Thank you for your donation!`,thanksDetail:`Your gift of {amount} to {nonprofit} was received.`,tokens:`{count} SIR tokens awarded`,tokensOne:`{count} SIR token awarded`,statusFailed:`The payment did not go through. You can try again.`,statusCancelled:`The donation was cancelled.`,statusReversed:`The donation was reversed and the payment refunded.`,statusUnknown:`We couldn't confirm your donation yet. If you completed it, you'll get a receipt by email.`,donateAgain:`Make another donation`,poweredBy:`Secure donations powered by SIR Giving`,errEmpty:`Enter an amount`,errInvalid:`Enter a valid amount, like {example}`,errAmbiguous:`We're not sure which amount you mean. Enter it like {example}`,errNegative:`Enter an amount greater than zero`,errTooPrecise:`Use at most {digits} decimal places`,errWhole:`Enter a whole amount`,errMin:`The minimum donation is {min}`,errMax:`The maximum donation is {max}`,errEmail:`Enter a valid email address`,errRequired:`{field} is required`,errNetwork:`We couldn't reach the donation service. Check your connection and try again.`,errTimeout:`The donation service took too long to respond. Please try again.`,errRateLimited:`Too many requests. Please wait a moment and try again.`,errServer:`The donation service is having a problem. Please try again in a few minutes.`,errGeneric:`Something went wrong. Please try again.`,unavailPartner:`Donations aren't available here right now.`,unavailDonations:`Donations are paused right now. Please check back later.`,unavailNonprofit:`We couldn't find this nonprofit.`,misconfigured:`This donation form isn't set up correctly.`,errUnsafeLink:`The checkout link looked unsafe, so we didn't open it.`},pt=r({es:()=>mt}),mt,ht=n((()=>{mt={amountGroup:`Monto de la donación`,otherAmount:`Otro monto`,frequencyGroup:`Frecuencia de la donación`,once:`Única vez`,monthly:`Mensual`,firstName:`Nombre`,lastName:`Apellido`,email:`Correo electrónico`,donorGroup:`Tus datos`,tipLabel:`Agrega una propina para apoyar a {partner}`,tipNone:`Sin propina`,total:`Total: {amount}`,totalMonthly:`Total: {amount} al mes`,donate:`Donar {amount}`,donateMonthly:`Donar {amount} al mes`,donateGeneric:`Donar`,donateTo:`Donar a {nonprofit}`,form:`Formulario de donación`,testMode:`Modo de prueba`,testHint:`No se realizan cobros reales.`,loading:`Cargando el formulario de donación…`,tryAgain:`Intentar de nuevo`,close:`Cerrar`,redirecting:`Te estamos llevando al pago seguro…`,awaiting:`Completa tu donación en la ventana de pago. Actualizaremos esta página cuando termines.`,openCheckout:`Abrir el pago`,newTab:`(se abre en una pestaña nueva)`,popupBlocked:`Tu navegador bloqueó la ventana de pago.`,checking:`Verificando tu donación…`,thanks:`¡Gracias por tu donación!`,thanksDetail:`Recibimos tu donación de {amount} para {nonprofit}.`,tokens:`Se otorgaron {count} tokens SIR`,tokensOne:`Se otorgó {count} token SIR`,statusFailed:`El pago no se completó. Puedes intentarlo de nuevo.`,statusCancelled:`La donación se canceló.`,statusReversed:`La donación se revirtió y el pago se reembolsó.`,statusUnknown:`Aún no pudimos confirmar tu donación. Si la completaste, recibirás un recibo por correo electrónico.`,donateAgain:`Hacer otra donación`,poweredBy:`Donaciones seguras con la tecnología de SIR Giving`,errEmpty:`Ingresa un monto`,errInvalid:`Ingresa un monto válido, por ejemplo {example}`,errAmbiguous:`No está claro qué monto quieres indicar. Escríbelo así: {example}`,errNegative:`Ingresa un monto mayor que cero`,errTooPrecise:`Usa como máximo {digits} decimales`,errWhole:`Ingresa un monto sin decimales`,errMin:`La donación mínima es de {min}`,errMax:`La donación máxima es de {max}`,errEmail:`Ingresa un correo electrónico válido`,errRequired:`El campo «{field}» es obligatorio`,errNetwork:`No pudimos conectar con el servicio de donaciones. Revisa tu conexión e inténtalo de nuevo.`,errTimeout:`El servicio de donaciones tardó demasiado en responder. Inténtalo de nuevo.`,errRateLimited:`Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.`,errServer:`El servicio de donaciones tiene un problema. Inténtalo de nuevo en unos minutos.`,errGeneric:`Algo salió mal. Inténtalo de nuevo.`,unavailPartner:`Las donaciones no están disponibles aquí en este momento.`,unavailDonations:`Las donaciones están en pausa. Vuelve a intentarlo más tarde.`,unavailNonprofit:`No encontramos esta organización sin fines de lucro.`,misconfigured:`Este formulario de donación no está configurado correctamente.`,errUnsafeLink:`El enlace de pago no parecía seguro, así que no lo abrimos.`}})),gt=r({fr:()=>_t}),_t,vt=n((()=>{_t={amountGroup:`Montant du don`,otherAmount:`Autre montant`,frequencyGroup:`Fréquence du don`,once:`Ponctuel`,monthly:`Mensuel`,firstName:`Prénom`,lastName:`Nom`,email:`E-mail`,donorGroup:`Vos coordonnées`,tipLabel:`Ajouter une contribution pour soutenir {partner}`,tipNone:`Aucune contribution`,total:`Total\xA0: {amount}`,totalMonthly:`Total\xA0: {amount} par mois`,donate:`Donner {amount}`,donateMonthly:`Donner {amount} par mois`,donateGeneric:`Faire un don`,donateTo:`Faire un don à {nonprofit}`,form:`Formulaire de don`,testMode:`Mode test`,testHint:`Aucun paiement réel n’est effectué.`,loading:`Chargement du formulaire de don…`,tryAgain:`Réessayer`,close:`Fermer`,redirecting:`Redirection vers le paiement sécurisé…`,awaiting:`Finalisez votre don dans la fenêtre de paiement. Cette page sera mise à jour une fois le don effectué.`,openCheckout:`Ouvrir le paiement`,newTab:`(s’ouvre dans un nouvel onglet)`,popupBlocked:`Votre navigateur a bloqué la fenêtre de paiement.`,checking:`Vérification de votre don…`,thanks:`Merci pour votre don\xA0!`,thanksDetail:`Votre don de {amount} à {nonprofit} a bien été reçu.`,tokens:`{count} jetons SIR attribués`,tokensOne:`{count} jeton SIR attribué`,statusFailed:`Le paiement n’a pas abouti. Vous pouvez réessayer.`,statusCancelled:`Le don a été annulé.`,statusReversed:`Le don a été annulé et le paiement remboursé.`,statusUnknown:`Nous n’avons pas encore pu confirmer votre don. Si vous l’avez finalisé, vous recevrez un reçu par e-mail.`,donateAgain:`Faire un autre don`,poweredBy:`Dons sécurisés par SIR Giving`,errEmpty:`Saisissez un montant`,errInvalid:`Saisissez un montant valide, par exemple {example}`,errAmbiguous:`Ce montant est ambigu. Saisissez-le sous la forme {example}`,errNegative:`Saisissez un montant supérieur à zéro`,errTooPrecise:`Utilisez {digits}\xA0décimales au maximum`,errWhole:`Saisissez un montant sans décimales`,errMin:`Le don minimum est de {min}`,errMax:`Le don maximum est de {max}`,errEmail:`Saisissez une adresse e-mail valide`,errRequired:`Le champ «\xA0{field}\xA0» est obligatoire`,errNetwork:`Impossible de joindre le service de dons. Vérifiez votre connexion et réessayez.`,errTimeout:`Le service de dons met trop de temps à répondre. Veuillez réessayer.`,errRateLimited:`Trop de demandes. Patientez un instant, puis réessayez.`,errServer:`Le service de dons rencontre un problème. Réessayez dans quelques minutes.`,errGeneric:`Une erreur s’est produite. Veuillez réessayer.`,unavailPartner:`Les dons ne sont pas disponibles ici pour le moment.`,unavailDonations:`Les dons sont suspendus pour le moment. Revenez plus tard.`,unavailNonprofit:`Nous n’avons pas trouvé cette association.`,misconfigured:`Ce formulaire de don n’est pas correctement configuré.`,errUnsafeLink:`Le lien de paiement semblait dangereux, nous ne l’avons donc pas ouvert.`}})),yt=r({de:()=>bt}),bt,xt=n((()=>{bt={amountGroup:`Spendenbetrag`,otherAmount:`Anderer Betrag`,frequencyGroup:`Spendenrhythmus`,once:`Einmalig`,monthly:`Monatlich`,firstName:`Vorname`,lastName:`Nachname`,email:`E-Mail`,donorGroup:`Ihre Angaben`,tipLabel:`Freiwilligen Beitrag für {partner} hinzufügen`,tipNone:`Kein Beitrag`,total:`Gesamt: {amount}`,totalMonthly:`Gesamt: {amount} pro Monat`,donate:`{amount} spenden`,donateMonthly:`Monatlich {amount} spenden`,donateGeneric:`Spenden`,donateTo:`An {nonprofit} spenden`,form:`Spendenformular`,testMode:`Testmodus`,testHint:`Es werden keine echten Zahlungen ausgeführt.`,loading:`Spendenformular wird geladen…`,tryAgain:`Erneut versuchen`,close:`Schließen`,redirecting:`Sie werden zur sicheren Zahlung weitergeleitet…`,awaiting:`Schließen Sie Ihre Spende im Zahlungsfenster ab. Diese Seite wird aktualisiert, sobald sie eingegangen ist.`,openCheckout:`Zahlung öffnen`,newTab:`(öffnet in neuem Tab)`,popupBlocked:`Ihr Browser hat das Zahlungsfenster blockiert.`,checking:`Ihre Spende wird geprüft…`,thanks:`Vielen Dank für Ihre Spende!`,thanksDetail:`Ihre Spende über {amount} an {nonprofit} ist eingegangen.`,tokens:`{count} SIR-Token gutgeschrieben`,tokensOne:`{count} SIR-Token gutgeschrieben`,statusFailed:`Die Zahlung ist fehlgeschlagen. Sie können es erneut versuchen.`,statusCancelled:`Die Spende wurde abgebrochen.`,statusReversed:`Die Spende wurde storniert und die Zahlung erstattet.`,statusUnknown:`Wir konnten Ihre Spende noch nicht bestätigen. Wenn Sie sie abgeschlossen haben, erhalten Sie eine Quittung per E-Mail.`,donateAgain:`Erneut spenden`,poweredBy:`Sichere Spenden mit SIR Giving`,errEmpty:`Geben Sie einen Betrag ein`,errInvalid:`Geben Sie einen gültigen Betrag ein, z.\xA0B. {example}`,errAmbiguous:`Dieser Betrag ist nicht eindeutig. Geben Sie ihn so ein: {example}`,errNegative:`Geben Sie einen Betrag größer als null ein`,errTooPrecise:`Verwenden Sie höchstens {digits} Nachkommastellen`,errWhole:`Geben Sie einen Betrag ohne Nachkommastellen ein`,errMin:`Die Mindestspende beträgt {min}`,errMax:`Die Höchstspende beträgt {max}`,errEmail:`Geben Sie eine gültige E-Mail-Adresse ein`,errRequired:`{field} ist ein Pflichtfeld`,errNetwork:`Der Spendendienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.`,errTimeout:`Der Spendendienst antwortet nicht rechtzeitig. Bitte versuchen Sie es erneut.`,errRateLimited:`Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.`,errServer:`Beim Spendendienst ist ein Problem aufgetreten. Bitte versuchen Sie es in ein paar Minuten erneut.`,errGeneric:`Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.`,unavailPartner:`Spenden sind hier derzeit nicht möglich.`,unavailDonations:`Spenden sind derzeit pausiert. Bitte versuchen Sie es später erneut.`,unavailNonprofit:`Diese gemeinnützige Organisation wurde nicht gefunden.`,misconfigured:`Dieses Spendenformular ist nicht richtig eingerichtet.`,errUnsafeLink:`Der Zahlungslink wirkte unsicher, daher haben wir ihn nicht geöffnet.`}})),St=r({ptBR:()=>Ct}),Ct,wt=n((()=>{Ct={amountGroup:`Valor da doação`,otherAmount:`Outro valor`,frequencyGroup:`Frequência da doação`,once:`Única`,monthly:`Mensal`,firstName:`Nome`,lastName:`Sobrenome`,email:`E-mail`,donorGroup:`Seus dados`,tipLabel:`Adicionar uma contribuição para apoiar {partner}`,tipNone:`Sem contribuição`,total:`Total: {amount}`,totalMonthly:`Total: {amount} por mês`,donate:`Doar {amount}`,donateMonthly:`Doar {amount} por mês`,donateGeneric:`Doar`,donateTo:`Doar para {nonprofit}`,form:`Formulário de doação`,testMode:`Modo de teste`,testHint:`Nenhuma cobrança real é feita.`,loading:`Carregando o formulário de doação…`,tryAgain:`Tentar novamente`,close:`Fechar`,redirecting:`Levando você ao pagamento seguro…`,awaiting:`Conclua sua doação na janela de pagamento. Atualizaremos esta página quando terminar.`,openCheckout:`Abrir pagamento`,newTab:`(abre em uma nova aba)`,popupBlocked:`Seu navegador bloqueou a janela de pagamento.`,checking:`Verificando sua doação…`,thanks:`Obrigado pela sua doação!`,thanksDetail:`Sua doação de {amount} para {nonprofit} foi recebida.`,tokens:`{count} tokens SIR concedidos`,tokensOne:`{count} token SIR concedido`,statusFailed:`O pagamento não foi concluído. Você pode tentar novamente.`,statusCancelled:`A doação foi cancelada.`,statusReversed:`A doação foi estornada e o valor, reembolsado.`,statusUnknown:`Ainda não conseguimos confirmar sua doação. Se você a concluiu, receberá um recibo por e-mail.`,donateAgain:`Fazer outra doação`,poweredBy:`Doações seguras com SIR Giving`,errEmpty:`Informe um valor`,errInvalid:`Informe um valor válido, como {example}`,errAmbiguous:`Não ficou claro qual valor você quis dizer. Digite assim: {example}`,errNegative:`Informe um valor maior que zero`,errTooPrecise:`Use no máximo {digits} casas decimais`,errWhole:`Informe um valor sem casas decimais`,errMin:`A doação mínima é de {min}`,errMax:`A doação máxima é de {max}`,errEmail:`Informe um e-mail válido`,errRequired:`O campo {field} é obrigatório`,errNetwork:`Não foi possível acessar o serviço de doações. Verifique sua conexão e tente novamente.`,errTimeout:`O serviço de doações demorou demais para responder. Tente novamente.`,errRateLimited:`Muitas solicitações. Aguarde um momento e tente novamente.`,errServer:`O serviço de doações está com problemas. Tente novamente em alguns minutos.`,errGeneric:`Algo deu errado. Tente novamente.`,unavailPartner:`As doações não estão disponíveis aqui no momento.`,unavailDonations:`As doações estão pausadas no momento. Volte mais tarde.`,unavailNonprofit:`Não encontramos esta organização sem fins lucrativos.`,misconfigured:`Este formulário de doação não está configurado corretamente.`,errUnsafeLink:`O link de pagamento parecia inseguro, por isso não o abrimos.`}})),Tt=r({ja:()=>Et}),Et,Dt=n((()=>{Et={amountGroup:`寄付金額`,otherAmount:`その他の金額`,frequencyGroup:`寄付の頻度`,once:`今回のみ`,monthly:`毎月`,firstName:`名`,lastName:`姓`,email:`メールアドレス`,donorGroup:`寄付者情報`,tipLabel:`{partner}を応援するチップを追加`,tipNone:`チップなし`,total:`合計：{amount}`,totalMonthly:`合計：毎月{amount}`,donate:`{amount}を寄付する`,donateMonthly:`毎月{amount}を寄付する`,donateGeneric:`寄付する`,donateTo:`{nonprofit}に寄付する`,form:`寄付フォーム`,testMode:`テストモード`,testHint:`実際の請求は発生しません。`,loading:`寄付フォームを読み込んでいます…`,tryAgain:`再試行`,close:`閉じる`,redirecting:`安全な決済ページに移動しています…`,awaiting:`決済ウィンドウで寄付を完了してください。完了すると、このページが更新されます。`,openCheckout:`決済ページを開く`,newTab:`（新しいタブで開きます）`,popupBlocked:`ブラウザが決済ウィンドウをブロックしました。`,checking:`寄付を確認しています…`,thanks:`ご寄付ありがとうございます！`,thanksDetail:`{nonprofit}への{amount}のご寄付を受け付けました。`,tokens:`{count} SIRトークンが付与されました`,tokensOne:`{count} SIRトークンが付与されました`,statusFailed:`お支払いが完了しませんでした。もう一度お試しください。`,statusCancelled:`寄付はキャンセルされました。`,statusReversed:`寄付は取り消され、返金されました。`,statusUnknown:`寄付をまだ確認できていません。完了している場合は、領収書がメールで届きます。`,donateAgain:`もう一度寄付する`,poweredBy:`SIR Givingによる安全な寄付`,errEmpty:`金額を入力してください`,errInvalid:`有効な金額を入力してください（例：{example}）`,errAmbiguous:`金額を判別できません。{example}の形式で入力してください`,errNegative:`0より大きい金額を入力してください`,errTooPrecise:`小数点以下は{digits}桁以内で入力してください`,errWhole:`小数点なしで入力してください`,errMin:`寄付金額は{min}以上で入力してください`,errMax:`寄付金額は{max}以下で入力してください`,errEmail:`有効なメールアドレスを入力してください`,errRequired:`{field}を入力してください`,errNetwork:`寄付サービスに接続できませんでした。接続を確認して、もう一度お試しください。`,errTimeout:`寄付サービスの応答がありません。もう一度お試しください。`,errRateLimited:`リクエストが多すぎます。しばらく待ってから、もう一度お試しください。`,errServer:`寄付サービスで問題が発生しています。数分後にもう一度お試しください。`,errGeneric:`問題が発生しました。もう一度お試しください。`,unavailPartner:`現在、こちらでは寄付を受け付けていません。`,unavailDonations:`現在、寄付の受け付けを一時停止しています。後ほどお試しください。`,unavailNonprofit:`この非営利団体が見つかりませんでした。`,misconfigured:`この寄付フォームは正しく設定されていません。`,errUnsafeLink:`決済リンクが安全でない可能性があるため、開きませんでした。`}})),Ot=r({ar:()=>kt}),kt,At=n((()=>{kt={amountGroup:`مبلغ التبرع`,otherAmount:`مبلغ آخر`,frequencyGroup:`تكرار التبرع`,once:`مرة واحدة`,monthly:`شهريًا`,firstName:`الاسم الأول`,lastName:`اسم العائلة`,email:`البريد الإلكتروني`,donorGroup:`بياناتك`,tipLabel:`أضف مساهمة لدعم {partner}`,tipNone:`بدون مساهمة`,total:`الإجمالي: {amount}`,totalMonthly:`الإجمالي: {amount} شهريًا`,donate:`تبرّع بمبلغ {amount}`,donateMonthly:`تبرّع بمبلغ {amount} شهريًا`,donateGeneric:`تبرّع`,donateTo:`تبرّع لصالح {nonprofit}`,form:`نموذج التبرع`,testMode:`وضع الاختبار`,testHint:`لا تُحصَّل أي مبالغ حقيقية.`,loading:`جارٍ تحميل نموذج التبرع…`,tryAgain:`إعادة المحاولة`,close:`إغلاق`,redirecting:`جارٍ نقلك إلى صفحة الدفع الآمنة…`,awaiting:`أكمل تبرعك في نافذة الدفع. سنحدّث هذه الصفحة عند الانتهاء.`,openCheckout:`فتح صفحة الدفع`,newTab:`(يُفتح في علامة تبويب جديدة)`,popupBlocked:`حظر متصفحك نافذة الدفع.`,checking:`جارٍ التحقق من تبرعك…`,thanks:`شكرًا لتبرعك!`,thanksDetail:`تم استلام تبرعك بمبلغ {amount} لصالح {nonprofit}.`,tokens:`رموز SIR الممنوحة: {count}`,tokensOne:`رموز SIR الممنوحة: {count}`,statusFailed:`لم تكتمل عملية الدفع. يمكنك المحاولة مرة أخرى.`,statusCancelled:`تم إلغاء التبرع.`,statusReversed:`تم عكس التبرع واسترداد المبلغ.`,statusUnknown:`لم نتمكن من تأكيد تبرعك بعد. إذا كنت قد أكملته، فسيصلك إيصال عبر البريد الإلكتروني.`,donateAgain:`تبرّع مرة أخرى`,poweredBy:`تبرعات آمنة بدعم من SIR Giving`,errEmpty:`أدخل مبلغًا`,errInvalid:`أدخل مبلغًا صالحًا، مثل {example}`,errAmbiguous:`المبلغ غير واضح. أدخله بهذا الشكل: {example}`,errNegative:`أدخل مبلغًا أكبر من صفر`,errTooPrecise:`الحد الأقصى للخانات العشرية: {digits}`,errWhole:`أدخل مبلغًا بدون كسور عشرية`,errMin:`الحد الأدنى للتبرع هو {min}`,errMax:`الحد الأقصى للتبرع هو {max}`,errEmail:`أدخل عنوان بريد إلكتروني صالحًا`,errRequired:`حقل {field} مطلوب`,errNetwork:`تعذّر الوصول إلى خدمة التبرعات. تحقق من اتصالك وحاول مرة أخرى.`,errTimeout:`استغرقت خدمة التبرعات وقتًا طويلًا للرد. حاول مرة أخرى.`,errRateLimited:`طلبات كثيرة جدًا. انتظر لحظة ثم حاول مرة أخرى.`,errServer:`تواجه خدمة التبرعات مشكلة. حاول مرة أخرى بعد بضع دقائق.`,errGeneric:`حدث خطأ ما. حاول مرة أخرى.`,unavailPartner:`التبرعات غير متاحة هنا حاليًا.`,unavailDonations:`التبرعات متوقفة مؤقتًا. يُرجى المحاولة لاحقًا.`,unavailNonprofit:`تعذّر العثور على هذه المنظمة غير الربحية.`,misconfigured:`لم يتم إعداد نموذج التبرع هذا بشكل صحيح.`,errUnsafeLink:`بدا رابط الدفع غير آمن، لذا لم نفتحه.`}})),jt={es:()=>Promise.resolve().then(()=>(ht(),pt)).then(e=>e.es),fr:()=>Promise.resolve().then(()=>(vt(),gt)).then(e=>e.fr),de:()=>Promise.resolve().then(()=>(xt(),yt)).then(e=>e.de),"pt-BR":()=>Promise.resolve().then(()=>(wt(),St)).then(e=>e.ptBR),ja:()=>Promise.resolve().then(()=>(Dt(),Tt)).then(e=>e.ja),ar:()=>Promise.resolve().then(()=>(At(),Ot)).then(e=>e.ar)},V={en:ft},Mt=[`en`,...Object.keys(jt)],Nt=e=>e===`en`||Object.hasOwn(jt,e);function Pt(e){try{let{baseName:t,language:n,region:r}=new Intl.Locale(e);for(let e of[t,n+`-`+r,n])if(Nt(e))return e;return Mt.find(e=>e.startsWith(n+`-`))??`en`}catch{return`en`}}var Ft=e=>Object.hasOwn(V,Pt(e));async function It(e){let t=Pt(e);if(!Object.hasOwn(V,t))try{V[t]=await jt[t]()}catch{V[t]=ft}}function Lt(e,t,n=globalThis.navigator?.languages??[]){for(let r of[e,t,...n]){let e=r?.trim();if(e)try{return Intl.getCanonicalLocales(e)[0]}catch{}}return`en`}function Rt(e,t,n=console.warn){let r={...V[Pt(e)]??ft};if(t)for(let[e,i]of Object.entries(t))i!==void 0&&(Object.hasOwn(ft,e)?typeof i!=`string`||!i?n(`<sir-donate> message "${e}" ignored: not a non-empty string`):r[e]=i:n(`<sir-donate> message "${e}" ignored: unknown key`));return r}var H=(e,t)=>e.replace(/\{(\w+)\}/g,(e,n)=>Object.hasOwn(t,n)?String(t[n]):e);function zt(e){try{let t=new Intl.Locale(e),n=(t.getTextInfo?.()??t.textInfo)?.direction;return n?n==`rtl`:/^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Mand|Mend|Samr|Yezi)$/.test(t.maximize().script??``)}catch{return/^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb|syr|ks)(-|$)/i.test(e)}}var Bt={primary:`#0b5f6e`,onPrimary:`#ffffff`,background:`#ffffff`,surface:`#f4f7f8`,text:`#1a2a30`,muted:`#4f5f66`,border:`#7a8a91`,error:`#b3261e`,success:`#1b6e3a`},Vt={primary:`#5cc6d6`,onPrimary:`#062a31`,background:`#10181b`,surface:`#19242a`,text:`#e6eef0`,muted:`#a0b1b8`,border:`#6f8289`,error:`#ff8b80`,success:`#5fcf85`},Ht=(e,t,n)=>l(Object.entries(e).map(([e,t])=>`--_sir-d-${e.replace(/[A-Z]/g,e=>`-`+e.toLowerCase())}:${t};`).join(``)+`--_sir-d-shade:${t};--_sir-d-shadow:${n};`),Ut=u`
  ${Ht(Vt,`#fff`,`0 2px 12px rgb(0 0 0 / .5)`)}
  color-scheme: dark;
`,Wt=u`
  :host {
    ${Ht(Bt,`#000`,`0 2px 12px rgb(0 0 0 / .12)`)}
    color-scheme: light;
    --_sir-color-primary: var(--sir-color-primary, var(--_sir-d-primary));
    --_sir-color-on-primary: var(--sir-color-on-primary, var(--_sir-d-on-primary));
    --_sir-color-background: var(--sir-color-background, var(--_sir-d-background));
    --_sir-color-surface: var(--sir-color-surface, var(--_sir-d-surface));
    --_sir-color-text: var(--sir-color-text, var(--_sir-d-text));
    --_sir-color-muted: var(--sir-color-muted, var(--_sir-d-muted));
    --_sir-color-border: var(--sir-color-border, var(--_sir-d-border));
    --_sir-color-error: var(--sir-color-error, var(--_sir-d-error));
    --_sir-color-success: var(--sir-color-success, var(--_sir-d-success));
    --_sir-font-family: var(--sir-font-family, system-ui, sans-serif);
    --_sir-font-size: var(--sir-font-size, 1rem);
    --_sir-radius: var(--sir-radius, 0.5rem);
    --_sir-spacing: var(--sir-spacing, 1rem);
    --_sir-max-width: var(--sir-max-width, 30rem);
    --_sir-color-focus: var(--_sir-color-primary);
    --_sir-focus-ring: var(--sir-focus-ring, 2px solid var(--_sir-color-focus));
    --_sir-focus-offset: 2px;
    --_sir-color-primary-hover: var(--_sir-color-primary);
    --_sir-color-surface-selected: var(--_sir-color-surface);
    --_sir-color-on-selected: var(--_sir-color-text);
    --_sir-color-link: var(--_sir-color-primary);
    --_sir-color-disabled: var(--_sir-color-muted);
    --_sir-color-backdrop: rgb(0 0 0 / 0.5);
    --_sir-shadow: var(--_sir-d-shadow);
    --_sir-transition: 0.15s ease-out;
    --_sir-target-size: 44px;
    --_sir-font-size-sm: calc(var(--_sir-font-size) * 0.875);
    --_sir-font-size-lg: calc(var(--_sir-font-size) * 1.25);
    --_sir-line-height: 1.5;
  }
  :host([theme='dark']) {
    ${Ut}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${Ut}
    }
  }
  @supports (color: color-mix(in srgb, red, red)) {
    :host {
      --_sir-color-primary-hover: color-mix(
        in srgb,
        var(--_sir-color-primary) 85%,
        var(--_sir-d-shade)
      );
      --_sir-color-surface-selected: color-mix(
        in srgb,
        var(--_sir-color-primary) 12%,
        var(--_sir-color-surface)
      );
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_sir-transition: 0s;
    }
  }
  @media (prefers-contrast: more) {
    :host {
      --_sir-color-muted: var(--_sir-color-text);
      --_sir-color-border: var(--_sir-color-text);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_sir-color-primary: Highlight;
      --_sir-color-on-primary: HighlightText;
      --_sir-color-primary-hover: Highlight;
      --_sir-color-background: Canvas;
      --_sir-color-surface: Canvas;
      --_sir-color-surface-selected: Highlight;
      --_sir-color-on-selected: HighlightText;
      --_sir-color-text: CanvasText;
      --_sir-color-muted: CanvasText;
      --_sir-color-border: ButtonText;
      --_sir-color-error: CanvasText;
      --_sir-color-success: CanvasText;
      --_sir-color-focus: Highlight;
      --_sir-focus-ring: 2px solid Highlight;
      --_sir-color-link: LinkText;
      --_sir-color-disabled: GrayText;
      --_sir-shadow: none;
    }
  }
`,Gt={colorPrimary:`color`,colorOnPrimary:`color`,colorBackground:`color`,colorSurface:`color`,colorText:`color`,colorMuted:`color`,colorBorder:`color`,colorError:`color`,colorSuccess:`color`,fontFamily:`font-family`,fontSize:`padding-top`,borderRadius:`padding-top`,spacing:`padding-top`,focusRing:`outline`,maxWidth:`max-width`},Kt={colorDanger:`colorError`,colorTextSecondary:`colorMuted`,fontSizeBase:`fontSize`,spacingUnit:`spacing`},qt=/[;{}<>\\!\0-\x1f]|\/\*|(url|src|image|var|env|attr|expression)\(|script:|@import/i,Jt=/^(inherit|initial|unset|revert(-layer)?)$/i,Yt=/^[\p{L}\p{N}\s,'"._-]+$/u,Xt=(e,t)=>typeof CSS<`u`&&CSS.supports?CSS.supports(e,t):(e==`color`?/^(#[\da-f]{3,8}|[a-z]+|[a-z]+\([\w\s.,%/+-]+\))$/i:e==`outline`?/^[\w\s#.,%()/+-]+$/:/^(0|\d*\.?\d+(px|r?em|%|ch|ex|v[wh]|pt))$/i).test(t),Zt=e=>typeof e==`object`&&!!e&&!Array.isArray(e);function Qt(e,t=console.warn){let n={properties:{}},r=(e,n)=>t(`<sir-donate> appearance${e} ignored: ${n}`);if(e==null)return n;if(!Zt(e))return r(``,`not an object`),n;for(let[t,i]of Object.entries(e))if(i!==void 0){if(t==`theme`)i===`light`||i===`dark`||i===`auto`?n.theme=i:r(`.theme`,`not light, dark or auto`);else if(t!=`variables`)r(`.`+t,`unknown key`);else if(!Zt(i))r(`.variables`,`not an object`);else for(let[e,t]of Object.entries(i)){if(t===void 0)continue;let i=Object.hasOwn(Kt,e)?Kt[e]:e,a=`.variables.`+e,o=Object.hasOwn(Gt,i)?Gt[i]:void 0,s=typeof t==`string`?t.trim():``;o==`outline`&&Xt(`color`,s)&&(s=`2px solid `+s),o?typeof t==`string`?!s||s.length>200||qt.test(s)?r(a,`empty, too long or unsafe`):Jt.test(s)||!(o==`font-family`?Yt.test(s):Xt(o,s))?r(a,`not a valid `+o):n.properties[`--sir-`+i.replace(`borderR`,`r`).replace(/[A-Z]/g,e=>`-`+e.toLowerCase())]=s:r(a,`not a string`):r(a,`unknown variable`)}}return n}var $t=new WeakMap;function en(e,t,n=$t.get(e)){for(let r in n)Object.hasOwn(t,r)||e.style.removeProperty(r);for(let[n,r]of Object.entries(t))n.startsWith(`--sir-`)&&e.style.setProperty(n,r);$t.set(e,t)}var tn=`0.1.0`,nn=new Set;function U(e){nn.has(e)||(nn.add(e),console.warn(`<sir-donate> ${e}`))}var rn=8;function an(e,t){if(e==null||e===``)return t;let n=Array.isArray(e)?e:String(e).split(/[,;\s]+/).filter(Boolean),r=[];for(let e of n){let t=typeof e==`number`?e:Number(String(e).trim());Number.isFinite(t)&&t>0&&!r.includes(t)?r.push(t):U(`amounts: ignoring ${JSON.stringify(String(e).slice(0,20))} (not a positive number)`)}return r.length>rn&&U(`amounts: only the first ${rn} presets are shown`),r.length?r.slice(0,rn):(U(`amounts: no valid amount, using ${t.join(`,`)}`),t)}var on=[`once`,`monthly`];function sn(e){let t=Array.isArray(e)?e:String(e??``).split(/[,;\s]+/),n=on.filter(e=>t.some(t=>String(t).trim().toLowerCase()===e));return n.length?n:(e!=null&&e!==``&&U(`frequencies: expected "once", "monthly" or both`),[...on])}function cn(e,t,n){let r=String(t??``).trim().toLowerCase();return n.includes(r)?r:(t!=null&&t!==``&&U(`${e}: expected ${n.join(`, `)}; using ${n[0]}`),n[0])}var ln=e=>`${e==`test`?`dev`:``}api.sirgiving.org`;function un(e){let t=typeof e==`string`?e.trim():``,n=/^pk_(test|live)_[^\W_]+$/.exec(t);return t?/^sk_|sk_(test|live)_/i.test(t)?`secret`:n?`publishable-${n[1]}`:`malformed`:`missing`}function dn(e){let t=un(e),n=t[0]==`p`&&e.trim();return n?`${n.slice(0,8)}…${n.length>16?n.slice(-4):``}`:`[${t} key]`}function fn(e,t){let n=un(e);if(n==`secret`)throw z(`SECRET_KEY_REJECTED`,`Secret keys (sk_…) must never be used in a browser: rotate this one and use a pk_ key.`);if(n[0]!=`p`)throw z(`INVALID_KEY_FORMAT`,`publishable-key is ${n}: expected pk_test_… or pk_live_…`);let r=n.slice(12),i=r==`test`,a=ln(i?`live`:`test`),o=`https://${ln(r)}`,s=t?.trim();if(s){let e=Ye(s,!0);if(!e||e.search||e.hash)throw z(`INVALID_API_BASE`,`api-base must be https: (http: on loopback only), without credentials, query or fragment.`);if(e.hostname.replace(/\.$/,``)==a)throw z(`ENVIRONMENT_MISMATCH`,`A pk_${r}_ key cannot be used with ${a}.`);o=e.origin+e.pathname.replace(/\/+$/,``)}return{baseUrl:o,environment:r,testMode:i}}function pn(e,t){return typeof t==`bigint`?t.toString():t}var mn=class{constructor(e){this._getter=e,this._value=void 0}get value(){let e=this._getter;return e!==void 0&&(this._value=e(),this._getter=void 0),this._value}};function hn(e){return new mn(e)}function gn(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}var _n=`captureStackTrace`in Error?Error.captureStackTrace:(...e)=>{};function vn(e){return typeof e==`object`&&!!e&&!Array.isArray(e)}function yn(e,t,n){let r=new e._zod.constr(t??e._zod.def);return(!t||n?.parent)&&(r._zod.parent=e),r}function bn(e){let t=e;if(!t)return{};if(typeof t==`string`)return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error==`string`?{...t,error:()=>t.error}:t}function xn(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout===`optional`)}function W(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue!==!0)return!0;return!1}function Sn(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue===!1)return!0;return!1}function Cn(e,t){return t.map(t=>{var n;return(n=t).path??(n.path=[]),t.path.unshift(e),t})}function wn(e){return typeof e==`string`?e:e?.message}function Tn(e,t,n){var r;for(let i=t;i<e.length;i++)(r=e[i]).schema??(r.schema=n)}function En(e,t,n){var r;let i=e.inst?._zod?.traits;i?.has(`$ZodType`)&&(i.has(`$ZodCheck`)?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);let a=e.schema===e.inst?void 0:e.schema?._zod.def?.error,o=e.message?e.message:wn(e.inst?._zod.def?.error?.(e))??wn(a?.(e))??wn(t?.error?.(e))??wn(n.customError?.(e))??wn(n.localeError?.(e))??`Invalid input`,s={};for(let t of Object.keys(e))t!==`inst`&&t!==`schema`&&t!==`continue`&&t!==`input`&&t!==`__proto__`&&(s[t]=e[t]);return s.path??=[],s.message=o,t?.reportInput&&(s.input=e.input),s}function Dn(e,t){for(let n in t){let r=Object.getOwnPropertyDescriptor(t,n);r.get?Object.defineProperty(e,n,{...r,enumerable:!1}):An(e,n,r.value)}}function On(e,t,n,r=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function kn(e,t,n){return On(e,t,n,!1)}function An(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?n:On(this,t,n.bind(this))},set(e){On(this,t,e)}})}function jn(e,t){let n=Object.getPrototypeOf(e);return t in n?void 0:n}var Mn,G=!1,Nn={configurable:!0,get(){G=!0}};function Pn(e,t,n){let r=Object.getPrototypeOf(e._zod);t in r&&Mn!==e._zod?Mn=void 0:(Mn=e._zod,Object.defineProperty(r,t,{configurable:!0,get(){Object.defineProperty(this,t,Nn);let e=G;G=!1;try{let r=n(this);return G?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:r}),G||=e,r}catch(n){throw delete this[t],G||=e,n}},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:e})}}))}function Fn(e,t,n,r){let i=jn(e,t);i&&Object.defineProperty(i,t,{configurable:!0,get(){let e={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,t,e),e.value=n(this),Object.defineProperty(this,t,e),e.value},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:r,value:e})}})}var In,Ln={value:void 0,enumerable:!1},Rn=`captureStackTrace`in Error?Error:null;function zn(e){let t=Rn;if(t){let n=t.stackTraceLimit;if(typeof n==`number`){try{t.stackTraceLimit=0}catch{return Rn=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}function K(e,t,n,r){let i={};function a(e){this.def=e,this.constr=d,this.traits=new Set}a.prototype=i;let o=n,s=o&&new WeakSet;function c(n,r){if(!n._zod){Ln.value=new a(r);try{Object.defineProperty(n,"_zod",Ln)}finally{Ln.value=void 0}}else if(n._zod.traits.has(e))return;if(n._zod.traits.add(e),t(n,r),s){let e=Object.getPrototypeOf(n),t=n._zod.constr.prototype,r=e;for(;r&&r!==t;)r=Object.getPrototypeOf(r);let i=r??e;s.has(i)||(s.add(i),Dn(i,o))}let i=d.prototype;for(let e in i)Object.prototype.hasOwnProperty.call(i,e)&&(e in n||(n[e]=i[e].bind(n)))}let l=r?.Parent??Object;class u extends l{}Object.defineProperty(u,"name",{value:e});function d(e){let t=r?.Parent?zn(u):this;c(t,e);let n=t._zod.deferred;if(n){for(let e of n)e();t._zod.deferred=void 0}let i=globalThis.__zod_globalConfig?.postProcessor;return i&&i(t),t}return Object.defineProperty(d,"init",{value:c}),Object.defineProperty(d,Symbol.hasInstance,{value:t=>r?.Parent&&t instanceof r.Parent?!0:t?._zod?.traits?.has(e)}),Object.defineProperty(d,"name",{value:e}),d}var Bn=class extends Error{constructor(){super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`)}};(In=globalThis).__zod_globalConfig??(In.__zod_globalConfig={});var Vn=globalThis.__zod_globalConfig;function Hn(e){return e&&Object.assign(Vn,e),Vn}function Un(){let e=this._zod;return e.message??=JSON.stringify(e.def,pn,2),e.message}function Wn(e){this._zod.message=e}var Gn={get:Un,set:Wn,enumerable:!0,configurable:!0},Kn={value:void 0,enumerable:!1},qn=new WeakSet([Object.prototype,Error.prototype]),Jn=K(`$ZodError`,(e,t)=>{e.name=`$ZodError`,Kn.value=t,Object.defineProperty(e,"issues",Kn),Kn.value=void 0,Object.defineProperty(e,"message",Gn);let n=Object.getPrototypeOf(e);qn.has(n)||(qn.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){let e=()=>this.message;return Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0})}}))},void 0,{Parent:Error}),Yn=(e=>{let t=(n,r,i,a)=>{let o=i?{...i,async:!1}:{async:!1},s=n._zod.run({value:r,issues:[]},o);if(s instanceof Promise)throw new Bn;if(s.issues.length){let n=new((a?.Err)??e)(s.issues.map(e=>En(e,o,Hn())));throw _n(n,a?.callee??t),n}return s.value};return t})(Jn),Xn=(e=>{let t=async(n,r,i,a)=>{let o=i?{...i,async:!0}:{async:!0},s=n._zod.run({value:r,issues:[]},o);if(s instanceof Promise&&(s=await s),s.issues.length){let n=new((a?.Err)??e)(s.issues.map(e=>En(e,o,Hn())));throw _n(n,a?.callee??t),n}return s.value};return t})(Jn),Zn=(e=>(t,n,r)=>{let i=r?{...r,async:!1}:{async:!1},a=t._zod.run({value:n,issues:[]},i);if(a instanceof Promise)throw new Bn;return a.issues.length?Qn(e,a.issues,i):{success:!0,data:a.value}})(Jn);function Qn(e,t,n){let r;return{success:!1,get error(){return r||(r=new e(t.map(e=>En(e,n,Hn()))),t=void 0,n=void 0),r},set error(e){r=e,t=void 0,n=void 0}}}var $n=(e=>async(t,n,r)=>{let i=r?{...r,async:!0}:{async:!0},a=t._zod.run({value:n,issues:[]},i);return a instanceof Promise&&(a=await a),a.issues.length?Qn(e,a.issues,i):{success:!0,data:a.value}})(Jn),er=/^[\s\S]{0,}$/,tr=/^(?:true|false)$/i,nr={major:4,minor:6,patch:7},rr=K(`$ZodType`,(e,t)=>{var n;e??={},e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=nr;let r=e._zod.def.checks,i=e._zod.traits.has(`$ZodCheck`)?[e,...r??[]]:r?.length?[...r]:[];for(let t of i)for(let n of t._zod.onattach)n(e);if(i.length===0)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let t=(t,n,r)=>{if(t.memo)return t;let i=W(t),a;for(let o of n){if(o._zod.def.when){if(Sn(t)||!o._zod.def.when(t))continue}else if(i)continue;let n=t.issues.length,s=o._zod.check(t);if(s instanceof Promise&&r?.async===!1)throw new Bn;if(a||s instanceof Promise)a=(a??Promise.resolve()).then(async()=>{await s,t.issues.length!==n&&(Tn(t.issues,n,e),i||=W(t,n))});else{if(t.issues.length===n)continue;Tn(t.issues,n,e),i||=W(t,n)}}return a?a.then(()=>t):t},n=(n,r,a)=>{if(W(n))return n.aborted=!0,n;let o=t(r,i,a);if(o instanceof Promise){if(a.async===!1)throw new Bn;return o.then(t=>e._zod.parse(t,a))}return e._zod.parse(o,a)};e._zod.run=(r,a)=>{if(a.skipChecks)return e._zod.parse(r,a);if(a.direction===`backward`){let t=e._zod.parse({value:r.value,issues:[]},{...a,skipChecks:!0});return t instanceof Promise?t.then(e=>n(e,r,a)):n(t,r,a)}let o=e._zod.parse(r,a);if(o instanceof Promise){if(a.async===!1)throw new Bn;return o.then(e=>t(e,i,a))}return t(o,i,a)}}},{get"~standard"(){return kn(this,`~standard`,or(this))},set"~standard"(e){On(this,`~standard`,e)}}),ir=(e,t)=>e.issues.length?{issues:e.issues.map(e=>En(e,t,Hn()))}:{value:e.value};async function ar(e,t){let n={async:!0};return ir(await e._zod.run({value:t,issues:[]},n),n)}function or(e){return{validate:t=>{let n={async:!1};try{let r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return ir(r,n)}catch{}return ar(e,t)},vendor:`zod`,version:1}}var sr=K(`$ZodString`,(e,t)=>{rr.init(e,t),e._zod.pattern=t.pattern??er,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch{}return typeof n.value==`string`||n.issues.push({expected:`string`,code:`invalid_type`,input:n.value,inst:e}),n}}),cr=K(`$ZodBoolean`,(e,t)=>{rr.init(e,t),e._zod.pattern=tr,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=!!n.value}catch{}let i=n.value;return typeof i==`boolean`||n.issues.push({expected:`boolean`,code:`invalid_type`,input:i,inst:e}),n}}),lr=K(`$ZodUnknown`,(e,t)=>{rr.init(e,t),e._zod.parse=e=>e});function ur(e,t,n,r,i,a){let o=n in r,s=a===`optional`;if(o||!s||i!==`optional`){if(e.issues.length){if(i!==void 0&&s&&!o)return;t.issues.push(...Cn(n,e.issues))}!o&&i===void 0?e.issues.length||t.issues.push({code:`invalid_type`,expected:`nonoptional`,input:void 0,path:[n]}):e.value===void 0?(o||i===`defaulted`&&!s)&&(t.value[n]=void 0):t.value[n]=e.value}}var dr=[];function fr(e){let t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),r=n.length?n:dr,i=r.length?[...t,...r]:t;for(let t of i)if(!e.shape?.[t]?._zod?.traits?.has(`$ZodType`))throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);let a=xn(e.shape);return{...e,allKeys:i,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(a)}}function pr(e,t,n,r,i,a,o){let s=[],c=i.keySet,l=i.catchall._zod,u=l.def.type,d=l.optin,f=l.optout,p=0;for(let i in t){if(o&&n.issues.length!==p){if(W(n,p))break;p=n.issues.length}if(c.has(i))continue;if(i===`__proto__`){u===`never`&&s.push(i);continue}if(u===`never`){s.push(i);continue}let a=l.run({value:t[i],issues:[]},r);a instanceof Promise?e.push(a.then(e=>ur(e,n,i,t,d,f))):ur(a,n,i,t,d,f)}return s.length&&n.issues.push({code:`unrecognized_keys`,keys:s,input:t,inst:a,continue:!0}),e.length?Promise.all(e).then(()=>n):n}var mr=K(`$ZodObject`,(e,t)=>{rr.init(e,t);let n=Object.getOwnPropertyDescriptor(t,`shape`),r=n?.get?n.get.raw:t.shape??{};if(r){let e=()=>{let n={...r};return Object.defineProperty(t,"shape",{value:n}),e.raw=n,n};e.raw=r,Object.defineProperty(t,"shape",{get:e})}let i=hn(()=>fr(t));Pn(e,`propValues`,e=>{let t=e.def.shape,n={};for(let e in t){let r=t[e]._zod;if(r.values){Object.prototype.hasOwnProperty.call(n,e)||gn(n,e,new Set);for(let t of r.values)n[e].add(t);r.optin!==void 0&&n[e].add(void 0)}}return n});let a=vn,o=t.catchall,s,c=Vn.memoizer;c?.attach(e),e._zod.parse=(t,n)=>{s??=i.value;let r=t.value;if(!a(r))return t.issues.push({expected:`object`,code:`invalid_type`,input:r,inst:e}),t;t.value=c?c.alloc(e,t,{},n):{};let l=[],u=s.shape,d=n?.abortEarly,f=t.issues.length;for(let e of s.allKeys){if(d&&t.issues.length!==f){if(W(t,f))break;f=t.issues.length}if(e===`__proto__`)continue;let i=u[e],a=i._zod.optin,o=i._zod.optout,s=i._zod.run({value:r[e],issues:[]},n);s instanceof Promise?l.push(s.then(n=>ur(n,t,e,r,a,o))):ur(s,t,e,r,a,o)}return o?pr(l,r,t,n,i.value,e,d===!0):l.length?Promise.all(l).then(()=>t):t}});function hr(e){return e.checks&&=[...e.checks],e}function gr(e,t){return new e(hr({type:`string`,...bn(t)}))}function _r(e,t){return new e({type:`boolean`,...bn(t)})}function vr(e){return new e({type:`unknown`})}var yr=K(`ZodMiniType`,(e,t)=>{if(!e._zod)throw Error(`Uninitialized schema in ZodMiniType.`);rr.init(e,t),e.def=t,e.type=t.type},{get with(){return this.check},set with(e){On(this,`with`,e)},parse(e,t){return Yn(this,e,t,{callee:this.parse})},parseAsync(e,t){return Xn(this,e,t,{callee:this.parseAsync})},safeParse(e,t){return Zn(this,e,t)},safeParseAsync(e,t){return $n(this,e,t)},check(...e){let t=this.def;return this.clone({...t,checks:[...t.checks??[],...e.map(e=>typeof e==`function`?{_zod:{check:e,def:{check:`custom`},onattach:[]}}:e)]},{parent:!0})},clone(e,t){return yn(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},apply(e,...t){return t.length===0?e(this):e(this,...t)}}),br=K(`ZodMiniString`,(e,t)=>{sr.init(e,t),yr.init(e,t)});function xr(e){return gr(br,e)}var Sr=K(`ZodMiniBoolean`,(e,t)=>{cr.init(e,t),yr.init(e,t)});function Cr(e){return _r(Sr,e)}var wr=K(`ZodMiniUnknown`,(e,t)=>{lr.init(e,t),yr.init(e,t)});function Tr(){return vr(wr)}var Er=K(`ZodMiniObject`,(e,t)=>{mr.init(e,t),yr.init(e,t),Fn(e,`shape`,e=>e._zod.def.shape,!1)});function Dr(e,t){return new Er({type:`object`,shape:e,catchall:Tr(),...bn(t)})}Hn({jitless:!0});var q=xr(),Or=Dr({name:q,slug:q,isActive:Cr()}),kr=Dr({slug:q,name:q}),Ar=Dr({donationLink:q,partnerDonationId:q}),jr=Dr({status:q}),Mr=e=>z(`INVALID_RESPONSE`,e,!0);function Nr(e,t,n){let r=t.safeParse(n);if(r.success)return r.data;let[i,...a]=r.error.issues;throw Mr([e,...i.path,`expected ${i.expected}`].join(`: `)+(a[0]?` (+${a.length} more)`:``))}var J=(e,t=200)=>e.trim().slice(0,t),Y=(e,t)=>typeof e==`string`&&J(e,t)||void 0,Pr=e=>Number.isFinite(e)?e:void 0,Fr=(e,t,n,r=8192)=>{let i=t[n].trim();if(!i||i.length>r)throw Mr(`${e}: ${n}: ${i?`too long`:`must not be empty`}`);return i};function Ir(e){let t=Nr(`config`,Or,e),n=t.enabledFeatures??[];if(!Array.isArray(n))throw Mr(`config: enabledFeatures: expected array`);let r=Object(t.tipConfig);return{name:J(t.name),slug:J(t.slug),isActive:t.isActive,enabledFeatures:n.filter(e=>typeof e==`string`).slice(0,50),tipConfig:{enabled:r.enabled===!0,defaultPercent:Math.min(100,Math.max(0,Pr(r.defaultPercent)??0))}}}function Lr(e,t){let n=Nr(`organization`,kr,e),r=e=>Xe(e,{allowLoopbackHttp:t});return qe({slug:J(n.slug),name:J(n.name),id:Y(n.id),logoUrl:r(n.logoUrl)??r(n.logo),ein:Y(n.ein,32)??Y(n.EIN,32),status:Y(n.status,64)})}function Rr(e){let t=Nr(`create-link`,Ar,e);return{donationLink:Fr(`create-link`,t,`donationLink`),partnerDonationId:Fr(`create-link`,t,`partnerDonationId`,200)}}function zr(e,t){let n=Nr(`status`,jr,e);return qe({partnerDonationId:Y(n.partnerDonationId)??t,status:Fr(`status`,n,`status`,1/0).slice(0,64).toUpperCase(),amount:Pr(n.amount),currency:Y(n.currency,8),tokensAwarded:n.tokensAwarded===null?null:Pr(n.tokensAwarded),updatedAt:Y(n.updatedAt,64)})}var Br=`sir-donate:v1:`,X=new Map,Vr=new Map,Hr={401:`INVALID_API_KEY`,403:`FORBIDDEN`,404:`NOT_FOUND`,408:`TIMEOUT`,429:`RATE_LIMITED`},Ur=/^(INVALID_|PARTNER_|DONATIONS_|NONPROFIT_|FORBIDDEN|NOT_FOUND)/,Wr=()=>z(`ABORTED`,`Aborted.`),Gr=()=>{},Kr=e=>new Promise((t,n)=>{let r=()=>n(e.reason instanceof R?e.reason:Wr());e?.aborted?r():e?.addEventListener(`abort`,r)}),qr=(e,t)=>Promise.race([Kr(t),new Promise(t=>setTimeout(t,e))]);function Jr(){X.clear(),Vr.clear();try{for(let e of Object.keys(sessionStorage))e.startsWith(Br)&&sessionStorage.removeItem(e)}catch{}}function Yr(e){let t=2166136261,n=1;for(let r=0;r<e.length;)t=Math.imul(t^e.charCodeAt(r++),16777619),n=Math.imul(n+t,1540483477);return(t>>>0).toString(36)+(n>>>0).toString(36)}function Xr(e){let t=fn(e.publishableKey,e.apiBase),n=e.publishableKey.trim(),{timeoutMs:r=1e4,maxAttempts:i=3,budgetMs:a=18e3,cacheTtlMs:o=3e5,sleep:s=qr,random:c=Math.random,now:l=Date.now}=e,u=Je(new URL(t.baseUrl).hostname),d,f=t=>{try{let n=e.storage===void 0?sessionStorage:e.storage;return n?t(n):void 0}catch{return}};async function p(o,u,f,p){let m=l()+a;for(let a=1;;a++){if(p?.aborted)throw Wr();let h=Math.min(r,m-l()),g=new AbortController,_;try{let[r,i]=await Promise.race([(e.fetch??fetch)(`${t.baseUrl}/v1/partner/${u}`,{method:f?`POST`:`GET`,headers:{"X-Partner-Key":n,...f&&{"Content-Type":`application/json`}},body:f,credentials:`omit`,mode:`cors`,cache:o==`status`?`no-store`:void 0,signal:g.signal}).then(e=>e.text().then(t=>[e,t])),Kr(p),s(h,g.signal).then(()=>{throw z(`TIMEOUT`,`${o}: no answer within ${h} ms`,!0)})]),{status:a,headers:c}=r,m={};for(let e of[`limit`,`remaining`,`reset`]){let t=c.get(`X-RateLimit-${e}`);t&&isFinite(+t)&&(m[e]=+t)}Object.keys(m)[0]&&(d=m);let _;try{_=JSON.parse(i)}catch{if(r.ok)throw z(`INVALID_RESPONSE`,`${o}: response is not JSON`,!0,a)}if(r.ok)return _;let v=Object(_),y=[v.message].flat().filter(e=>typeof e==`string`).join(`; `).trim(),b=[v.code,v.error?.code,/^[A-Z][A-Z\d]*(_[A-Z\d]+)*$/.test(y)&&y].find(e=>typeof e==`string`&&/^[a-z][\w.-]{0,63}$/i.test(e))??Hr[a]??(a<500?`INVALID_REQUEST`:`SERVER_ERROR`);b==`NOT_FOUND`&&a==404&&(o==`organization`||o==`create-link`)&&(b=`NONPROFIT_NOT_FOUND`);let ee=c.get(`Retry-After`)??``,te=/^\d+$/.test(ee)?+ee:Math.ceil((Date.parse(ee)-l())/1e3);throw z(b,y&&y!=b&&y.length<=300&&!/<[a-z!/]/i.test(y)?y.replaceAll(n,dn(n)):`${o}: HTTP ${a}`,/^(5..|408|429)$/.test(`${a}`)&&!Ur.test(b),a,isNaN(te)?void 0:Math.max(0,te))}catch(e){_=e instanceof R?e:z(`NETWORK_ERROR`,`${o}: network error (offline or CORS)`,!0)}finally{g.abort()}let v=_.retryAfter;if(v>10||!(f?a<2&&(_.status==429||_.status==503)&&v>=0:a<i&&_.retryable&&_.code!=`INVALID_RESPONSE`))throw _;let y=v===void 0?c()*Math.min(4e3,150*2**a):v*1e3;if(l()+y+1e3>m)throw _;await s(y,p).catch(Gr)}}async function m(e,r,i,a){let s=`${Br}${e}:${Yr(`${t.baseUrl} ${n} ${r}`)}`,c;if(!a?.fresh){try{let{e,d:t}=JSON.parse(f(e=>e.getItem(s))??Vr.get(s)),n=e-l();n>0&&n<=o&&(c=i(t))}catch{}c||(Vr.delete(s),f(e=>e.removeItem(s)))}if(c??=X.get(s),!c){let t=p(e,r).then(e=>{let n=i(e);if(X.get(s)==t){let e=JSON.stringify({e:l()+o,d:n});Vr.set(s,e),f(t=>t.setItem(s,e))}return n}).finally(()=>X.get(s)==t&&X.delete(s));X.set(s,c=t)}return Promise.race([Kr(a?.signal),c])}let h=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,g=(e,t,n)=>{let r=String(e??``).trim();if(!r||r.length>200||/^\.\.?$/.test(r)||h.test(r))throw z(t,`${n}: empty, over 200 characters or not a valid path segment`);return encodeURIComponent(r)};return{...t,get rateLimit(){return d},getConfig:e=>m(`config`,`config`,Ir,e),getOrganization:async(e,t)=>m(`organization`,`organizations/${g(e,`NONPROFIT_NOT_FOUND`,`nonprofit slug`)}`,e=>Lr(e,u),t),createLink:async(e,t)=>Rr(await p(`create-link`,`donations/create-link`,JSON.stringify(e),t?.signal)),getStatus:async(e,t)=>zr(await p(`status`,`donations/status/${g(e,`INVALID_REQUEST`,`partnerDonationId`)}`,void 0,t?.signal),e.trim())}}var Zr=e=>/^(COMPLETED|FAILED|CANCELLED|REVERSED)$/i.test(e),Qr=e=>{let{timers:t=globalThis,now:n=Date.now,visibility:r={isHidden:()=>document.hidden,onChange:e=>(document.addEventListener(`visibilitychange`,e),()=>document.removeEventListener(`visibilitychange`,e))}}=e,i=n()+(e.maxDurationMs??18e5),a=e.initialDelayMs??3e3,o,s,c,l=0,u,d=new Promise(e=>u=e),f=(t=a)=>(a=Math.min(e.maxDelayMs??3e4,Math.round(a*(e.factor??1.5))),t),p=e=>{t.clearTimeout(o),o=t.setTimeout(h,Math.min(e,i-n()))},m=e=>{l++||(t.clearTimeout(o),s?.abort(),g(),u(e))},h=async()=>{if(l||s)return;if(n()>=i)return m();if(r.isHidden())return p(1/0);let t=f(),a,o;try{a=await e.fetchStatus((s=new AbortController).signal)}catch(e){o=e}if(s=void 0,!l){if(a){let t=a.status.toUpperCase();if(t!=c&&e.onStatus(a),c=t,Zr(t))return m(a)}else{if(e.onError?.(o),o?.retryable===!1)return m();t=Math.max(t,(o?.retryAfter??0)*1e3)}p(t)}},g=r.onChange(()=>r.isHidden()||h());return p(e.immediate?0:f()),{stop:()=>m(),done:d}},$r={name:`idle`,loaded:!1},ei=e=>/^(SECRET_KEY_REJECTED|INVALID_(KEY_FORMAT|API_BASE|API_KEY|CURRENCY)|ENVIRONMENT_MISMATCH)$/.test(e)?`misconfigured`:/^(PARTNER_(NOT_ACTIVE|SUSPENDED)|DONATIONS_DISABLED|NONPROFIT_NOT_FOUND)$/.test(e)?`unavailable`:`error`,ti=e=>e.isActive?e.enabledFeatures.some(e=>/^donations$/i.test(e))?void 0:`DONATIONS_DISABLED`:`PARTNER_NOT_ACTIVE`,ni=(e,t)=>{let{name:n,loaded:r}=e,i=t.type,a=(t,n,i)=>t?{name:n,loaded:r,...i}:e;return i==`configure`?{name:t.hasKey?`loading`:`idle`,loaded:!1}:i==`loaded`?a(n==`loading`,`ready`,{loaded:!0}):i==`fail`?a(/^(idle|loading|submitting|redirecting|awaiting)$/.test(n),ei(t.error.code),{error:t.error}):i==`submit`?a(n==`ready`,`submitting`):i==`link-created`?a(n==`submitting`,t.checkout==`redirect`?`redirecting`:`awaiting`,{donation:{partnerDonationId:t.partnerDonationId,donationLink:t.donationLink}}):i==`resume`?a(/^(ready|redirecting)$/.test(n),`awaiting`,{donation:{partnerDonationId:t.partnerDonationId}}):i==`reset`?a(r&&!/^(unavailable|misconfigured)$/.test(n),`ready`):i==`retry`?a(n==`error`,r?`ready`:`loading`):/^completed$/i.test(t.status)?a(n==`awaiting`,`completed`,{donation:e.donation}):a(n==`awaiting`&&Zr(t.status),`ready`,{notice:t.status.toUpperCase()})},ri={},ii=({partner:e,nonprofit:t})=>`sir-donate:pending:${encodeURIComponent(e)}:${encodeURIComponent(t)}`,ai=(e,t)=>{try{return t(e?.storage??sessionStorage)}catch{}},oi=(e,t,n)=>{let r=ii(t),i=JSON.stringify(e,[`partnerDonationId`,`amount`,`currency`,`frequency`,`createdAt`]);ri[r]=ai(n,e=>(e.setItem(r,i),1))?void 0:i},si=(e,t)=>{let n=ii(e);delete ri[n],ai(t,e=>e.removeItem(n))},ci=(e,t)=>{let n=ii(e),r;try{r=JSON.parse(ai(t,e=>e.getItem(n))??ri[n])}catch{}if(typeof r?.partnerDonationId==`string`&&/^\P{Cc}{1,256}$/u.test(r.partnerDonationId)&&Number.isSafeInteger(r.amount)&&r.amount>0&&/^[A-Z]{3}$/.test(r.currency)&&[`once`,`monthly`].includes(r.frequency)&&typeof r.createdAt==`number`&&Math.abs((t?.now??Date.now)()-r.createdAt)<=(t?.maxAgeMs??864e5))return r;si(e,t)},Z=(e,t=!1)=>({bubbles:!0,composed:!0,cancelable:t,detail:e}),li=class extends CustomEvent{constructor(e){super(`sir-donate-ready`,Z(e))}},ui=class extends CustomEvent{constructor(e){super(`sir-donate-change`,Z(e))}},di=class extends CustomEvent{constructor(e){super(`sir-donate-submit`,Z(e,!0))}},fi=class extends CustomEvent{constructor(e){super(`sir-donate-link-created`,Z(e))}},pi=class extends CustomEvent{constructor(e){super(`sir-donate-status`,Z(e))}},mi=class extends CustomEvent{constructor(e){super(`sir-donate-error`,Z(e))}},hi=e=>e instanceof R?e:new R({code:`NETWORK_ERROR`,message:e instanceof Error?e.message:`Unexpected error`,retryable:!0}),gi=class{constructor(e){this.host=e,this.flow=$r,this.organization=null,this.popupBlocked=!1,this.navigator={assign:e=>globalThis.location.assign(e)},this.clientOptions={},this.pollOptions={},this.stopped=!1,this.lastLoad={},e.addController(this)}get testMode(){return this.client?.testMode??!1}hostConnected(){this.stopped&&this.load(this.lastLoad)}hostDisconnected(){this.stop(),this.stopped=this.flow.name!==`idle`}async load(e={}){let{fresh:t=!1,embedError:n}=e;this.lastLoad={embedError:n},this.stopped=!1,this.stop();let{signal:r}=this.abort=new AbortController,{publishableKey:i,apiBase:a,nonprofit:o}=this.host;if(this.config=void 0,this.organization=null,this.status=void 0,this.popupBlocked=!1,this.client=void 0,this.go({type:`configure`,hasKey:!!i||!!n}),i||n)try{let e=Xr({...this.clientOptions,publishableKey:i,apiBase:a});if(n)throw n;this.client=e;let[s,c]=await Promise.allSettled([e.getConfig({signal:r,fresh:t}),o?e.getOrganization(o,{signal:r,fresh:t}):Promise.resolve(null)]);if(r.aborted)return;if(s.status===`rejected`)throw s.reason;if(c.status===`rejected`)throw c.reason;let l=ti(s.value);if(l)throw new R({code:l,message:l===`PARTNER_NOT_ACTIVE`?`The partner account is not active.`:`Donations are not enabled for this partner.`,retryable:!1});this.config=s.value,this.organization=c.value,this.go({type:`loaded`}),this.host.emit(new li({partner:{name:s.value.name,slug:s.value.slug},nonprofit:c.value?{slug:c.value.slug,name:c.value.name,...c.value.logoUrl?{logoUrl:c.value.logoUrl}:{}}:null,testMode:this.testMode})),this.resume()}catch(e){r.aborted||this.fail(e)}}async submit(e,t,n){let r=this.client;if(!r||!this.go({type:`submit`})){n?.close();return}let i=this.abort?.signal;try{let a=await r.createLink(e,{signal:i}),o=$e(a,r.baseUrl),{partnerDonationId:s}=a;if(this.host.emit(new fi({partnerDonationId:s,donationLink:o})),this.go({type:`link-created`,checkout:t,partnerDonationId:s,donationLink:o}),t===`redirect`){oi({partnerDonationId:s,amount:e.amount,currency:e.currency,frequency:e.frequency,createdAt:Date.now()},this.scope()),this.navigator.assign(o);return}n&&!n.closed?n.location.href=o:(this.popupBlocked=!0,this.report(new R({code:`POPUP_BLOCKED`,message:`The browser blocked the checkout window; a link to open it is shown instead.`,retryable:!1}))),this.poll(s,!1)}catch(e){n?.close(),i?.aborted||this.fail(e)}}reset(){this.poller?.stop(),this.poller=void 0,this.popupBlocked=!1,this.status=void 0,(this.flow.name!==`error`||this.flow.loaded)&&this.go({type:`reset`})}resume(){if(!this.config)return;let e=ci(this.scope());e&&this.go({type:`resume`,partnerDonationId:e.partnerDonationId})&&this.poll(e.partnerDonationId,!0)}scope(){return{partner:`${this.client?.environment}:${this.config?.slug}`,nonprofit:this.host.nonprofit??``}}poll(e,t){let n=this.client;n&&(this.poller?.stop(),this.poller=Qr({...this.pollOptions,immediate:t,fetchStatus:t=>n.getStatus(e,{signal:t}),onStatus:t=>{this.status=t,this.host.emit(new pi({partnerDonationId:e,status:String(t.status).toUpperCase()})),Zr(String(t.status))&&si(this.scope()),this.go({type:`status`,status:t.status})},onError:e=>{e instanceof R&&!e.retryable&&si(this.scope())}}))}stop(){this.abort?.abort(),this.poller?.stop(),this.poller=void 0}fail(e){let t=hi(e);this.go({type:`fail`,error:t.toJSON()}),this.report(t)}report(e){this.flow.name===`misconfigured`&&console.error(`<sir-donate> ${e.code}: ${e.message}`),this.host.emit(new mi(e.toJSON()))}go(e){let t=ni(this.flow,e);return t!==this.flow&&(this.flow=t,this.host.requestUpdate(),!0)}},_i=0,vi;function yi(){let e=document.documentElement;if(_i++===0){let t=window.innerWidth-e.clientWidth;vi={overflow:e.style.overflow,paddingRight:e.style.paddingRight};let n=parseFloat(getComputedStyle(e).paddingRight)||0;e.style.overflow=`hidden`,t>0&&(e.style.paddingRight=`${n+t}px`)}let t=!1;return()=>{t||(t=!0,--_i===0&&vi&&(e.style.overflow=vi.overflow,e.style.paddingRight=vi.paddingRight,vi=void 0))}}var bi=u`
  :host {
    display: block;
    max-width: var(--_sir-max-width);
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [part='base'] {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_sir-font-family);
    font-size: var(--_sir-font-size);
    line-height: 1.4;
    color: var(--_sir-color-text);
    background: var(--_sir-color-background);
    border: 1px solid var(--_sir-color-border);
    border-radius: var(--_sir-radius);
    padding: calc(var(--_sir-spacing) * 1.25);
    min-height: 23rem;
    text-align: start;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part='header'] {
    display: flex;
    align-items: center;
    gap: var(--_sir-spacing);
    margin-bottom: var(--_sir-spacing);
    min-height: 2.75rem;
  }
  [part='nonprofit'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_sir-spacing) * 0.75);
    flex: 1;
    min-width: 0;
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
  }
  [part='nonprofit'] img {
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
    object-fit: contain;
    border-radius: calc(var(--_sir-radius) / 2);
    background: var(--_sir-color-surface);
  }
  .name {
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  [part='test-badge'] {
    flex: none;
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 0.2em 0.6em;
    border-radius: 999px;
    color: var(--_sir-color-text);
    background: var(--_sir-color-surface);
    border: 1px dashed var(--_sir-color-muted);
  }
  .group {
    border: 0;
    margin: 0 0 var(--_sir-spacing);
    padding: 0;
  }
  .legend {
    display: block;
    font-weight: 600;
    margin-bottom: calc(var(--_sir-spacing) / 2);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(4.5rem, 1fr));
    gap: calc(var(--_sir-spacing) / 2);
  }
  .choice {
    position: relative;
    display: flex;
  }
  .choice input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  .choice span {
    flex: 1;
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_sir-target-size);
    padding: 0 0.5em;
    border: 1px solid var(--_sir-color-border);
    border-radius: var(--_sir-radius);
    background: var(--_sir-color-surface);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    transition:
      background-color var(--_sir-transition),
      border-color var(--_sir-transition);
  }
  .choice input:checked + span {
    background: var(--_sir-color-primary);
    border-color: var(--_sir-color-primary);
    color: var(--_sir-color-on-primary);
  }
  .choice input:hover:not(:checked) + span {
    border-color: var(--_sir-color-primary);
  }
  .choice input:focus-visible + span,
  input.text:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: var(--_sir-focus-ring);
    outline-offset: 2px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: var(--_sir-spacing);
  }
  .field label {
    font-weight: 600;
  }
  .input-wrap {
    position: relative;
    display: flex;
  }
  input.text,
  select {
    font: inherit;
    color: var(--_sir-color-text);
    background: var(--_sir-color-background);
    border: 1px solid var(--_sir-color-border);
    border-radius: var(--_sir-radius);
    min-height: var(--_sir-target-size);
    padding: 0 0.75em;
    width: 100%;
    margin: 0;
  }
  input.text[aria-invalid='true'] {
    border-color: var(--_sir-color-error);
    border-width: 2px;
  }
  .field-error {
    color: var(--_sir-color-error);
    font-size: 0.9em;
    margin: 0;
  }
  .field-error:empty {
    display: none;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(var(--_sir-spacing) / 2);
  }
  .total {
    margin: 0 0 var(--_sir-spacing);
    color: var(--_sir-color-muted);
    font-variant-numeric: tabular-nums;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: var(--_sir-target-size);
    border-radius: var(--_sir-radius);
    padding: 0 1.25em;
    margin: 0;
  }
  .primary.opener {
    font-family: var(--_sir-font-family);
    font-size: var(--_sir-font-size);
    width: auto;
  }
  .primary,
  [part='submit'] {
    width: 100%;
    border: 1px solid var(--_sir-color-primary);
    background: var(--_sir-color-primary);
    color: var(--_sir-color-on-primary);
    font-weight: 700;
    font-size: 1.05em;
    transition: background-color var(--_sir-transition);
  }
  .primary:hover,
  [part='submit']:hover {
    background: var(--_sir-color-primary-hover);
  }
  [part='submit'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  .secondary {
    border: 1px solid var(--_sir-color-border);
    background: var(--_sir-color-surface);
    color: var(--_sir-color-text);
  }
  a {
    color: var(--_sir-color-primary);
  }
  [part='error'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_sir-spacing) / 2);
    margin: 0 0 var(--_sir-spacing);
    padding: calc(var(--_sir-spacing) * 0.75);
    border: 1px solid var(--_sir-color-error);
    border-inline-start-width: 4px;
    border-radius: var(--_sir-radius);
    color: var(--_sir-color-text);
    background: var(--_sir-color-surface);
  }
  [part='error'] p,
  [part='status'] p {
    margin: 0;
  }
  [part='status'] {
    display: flex;
    flex-direction: column;
    gap: var(--_sir-spacing);
    align-items: flex-start;
    padding: var(--_sir-spacing) 0;
  }
  [part='status'] .headline {
    font-size: 1.2em;
    font-weight: 700;
  }
  .success .headline {
    color: var(--_sir-color-success);
  }
  [part='footer'] {
    display: block;
    margin-top: var(--_sir-spacing);
    font-size: 0.85em;
    color: var(--_sir-color-muted);
    text-align: center;
  }
  .skeleton {
    display: grid;
    gap: var(--_sir-spacing);
  }
  .bone {
    background: var(--_sir-color-surface);
    border-radius: var(--_sir-radius);
    height: var(--_sir-target-size);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .bone.short {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  dialog {
    padding: 0;
    border: 0;
    background: transparent;
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: calc(var(--_sir-spacing) / 2);
  }
  .close {
    min-width: var(--_sir-target-size);
    padding: 0;
    border: 1px solid var(--_sir-color-border);
    background: var(--_sir-color-surface);
    color: var(--_sir-color-text);
  }
  @media (max-width: 480px) {
    dialog {
      width: 100vw;
      max-width: 100vw;
      height: 100dvh;
      max-height: 100dvh;
      margin: 0;
    }
    dialog [part='base'] {
      min-height: 100%;
      border-radius: 0;
    }
  }
  @media (forced-colors: active) {
    .choice input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .bone {
      border: 1px solid GrayText;
    }
  }
`;function Q(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a}var xi,Si=[10,25,50,100],Ci=[0,5,10,15,20],wi=/^[^\s@]+@[^\s@]+\.[^\s@]+$/,Ti=0,$=class extends N{get state(){return this.donation.flow.name}constructor(){super(),this.publishableKey=``,this.amounts=Si,this.currency=`USD`,this.minAmount=1,this.maxAmount=1e5,this.frequency=`once`,this.frequencies=`once,monthly`,this.provider=`stripe`,this.checkout=`redirect`,this.collectDonor=!1,this.tip=`auto`,this.theme=`light`,this.layout=`form`,this.donation=new gi(this),this.preset=null,this.custom=``,this.customError=``,this.freq=`once`,this.donor={firstName:``,lastName:``,donorEmail:``},this.donorErrors={},this.dialogOpen=!1,this.formError=``,this.pressingSubmit=!1,this.uid=`sd${++Ti}`,this.loc=`en`,this.t=Rt(`en`),this.presets=Si,this.offered=[`once`,`monthly`],this.onCustomInput=e=>{this.custom=e.target.value,this.preset=null,typeof this.checkCustom()==`number`&&(this.customError=``,this.emitChange())},this.onCustomBlur=()=>{if(this.pressingSubmit){this.pressingSubmit=!1;return}if(this.preset!==null||!this.custom.trim())return;let e=this.checkCustom();this.customError=typeof e==`string`?e:``},this.onTipChange=e=>{this.tipPercent=Number(e.target.value),this.emitChange()},this.onSubmit=e=>{e.preventDefault(),this.pressingSubmit=!1,this.donation.flow.name!==`submitting`&&this.submit()},this.onRetry=()=>{this.donation.flow.loaded?this.submit():this.reload()},this.onAgain=()=>{this.reset()},this.onPageShow=e=>{e.persisted&&this.donation.resume()},this.onOnline=()=>{let{flow:e}=this.donation;e.name===`error`&&!e.loaded&&this.reload()},this.openDialog=async()=>{this.dialogOpen=!0,await this.updateComplete,this.dialog&&!this.dialog.open&&(this.unlockScroll=yi(),this.dialog.showModal(),this.renderRoot.querySelector(`input:checked, input, button[part="submit"], .close`)?.focus())},this.onDialogKeydown=e=>{if(e.key!==`Tab`||!this.dialog)return;let t=[...this.dialog.querySelectorAll(`button, input, select, textarea, a[href]`)].filter(e=>!e.disabled&&e.getClientRects().length>0),n=this.renderRoot.activeElement;n!==(e.shiftKey?t[0]:t[t.length-1])&&n&&this.dialog.contains(n)||(e.preventDefault(),(e.shiftKey?t[t.length-1]:t[0])?.focus())};try{this.internals=this.attachInternals()}catch{}}reload(){return this.donation.load({fresh:!0,embedError:this.embedError})}async submit(){let{flow:e}=this.donation;if(!(e.name===`ready`||e.name===`error`&&e.loaded))return;let t=this.validate();if(t===void 0)return;if(!this.nonprofit){let e=`Set the nonprofit attribute to the nonprofit's slug.`;U(`nonprofit: ${e}`),this.formError=this.t.unavailNonprofit,this.emit(new mi({code:`NONPROFIT_NOT_FOUND`,message:e,retryable:!1}));return}let n=this.tipShown?this.tipPercent:void 0,r=new di({...this.changeDetail(t),nonprofit:this.nonprofit,provider:cn(`provider`,this.provider,[`stripe`,`every.org`])});if(this.dispatchEvent(r),r.defaultPrevented)return;let i={donorEmail:this.donor.donorEmail||this.donorEmail,firstName:this.donor.firstName||this.firstName,lastName:this.donor.lastName||this.lastName},a;try{a=Qe({amount:t,frequency:this.freq,tipPercent:n,...i},{nonprofit:this.nonprofit,currency:this.currency,provider:cn(`provider`,this.provider,[`stripe`,`every.org`]),referralCode:this.referralCode,tip:this.tipShown})}catch(e){let t=e;this.formError=this.t.errGeneric,this.emit(new mi(t.toJSON()));return}let o=cn(`checkout`,this.checkout,[`redirect`,`popup`,`new-tab`]),s=o===`redirect`?null:this.openWindow(o);this.donation.flow.name===`error`&&this.donation.reset(),await this.donation.submit(a,o,s)}reset(){this.donation.reset(),this.initSelection();let e=cn(`frequency`,this.frequency,[`once`,`monthly`]);this.freq=this.offered.includes(e)?e:this.offered[0],this.tipPercent=this.donation.config?.tipConfig.defaultPercent,this.customError=``,this.formError=``,this.donorErrors={}}connectedCallback(){super.connectedCallback(),window.addEventListener(`pageshow`,this.onPageShow),window.addEventListener(`online`,this.onOnline)}disconnectedCallback(){super.disconnectedCallback(),window.removeEventListener(`pageshow`,this.onPageShow),window.removeEventListener(`online`,this.onOnline),this.closeDialog(!1)}willUpdate(e){if(e.has(`locale`)||e.has(`messages`)||!this.hasUpdated){let e=this.loc=Lt(this.locale,document.documentElement.lang,navigator.languages);this.t=Rt(e,this.messages),Ft(e)||It(e).then(()=>{this.loc===e&&(this.t=Rt(e,this.messages),this.requestUpdate())})}if(e.has(`appearance`)){let{theme:e,properties:t}=Qt(this.appearance);en(this,t),e&&(this.theme=e)}if(e.has(`currency`)&&(this.embedError=rt(this.currency)?void 0:new R({code:`INVALID_CURRENCY`,message:`currency: "${String(this.currency).slice(0,12)}" is not an ISO 4217 currency code.`,retryable:!1})),e.has(`frequencies`)||e.has(`frequency`)){this.offered=sn(this.frequencies);let e=cn(`frequency`,this.frequency,[`once`,`monthly`]);this.freq=this.offered.includes(e)?e:this.offered[0]}[`amounts`,`amount`,`currency`,`minAmount`,`maxAmount`].some(t=>e.has(t))&&this.initSelection(),[`publishableKey`,`apiBase`,`nonprofit`,`currency`].some(t=>e.has(t))&&(this.tipPercent=void 0,this.donation.load({embedError:this.embedError})),this.tipPercent??=this.donation.config?.tipConfig.defaultPercent}updated(){this.syncCustomState()}render(){return this.layout===`button`?O`
        <button
          part="opener"
          class="primary opener"
          aria-haspopup="dialog"
          @click=${this.openDialog}
          dir=${zt(this.loc)?`rtl`:`ltr`}
          lang=${this.loc}
        >
          ${this.openerLabel()}
        </button>
        <dialog
          part="dialog"
          aria-label=${this.dialogName()}
          @close=${()=>this.closeDialog(!0)}
          @cancel=${()=>this.closeDialog(!0)}
          @keydown=${this.onDialogKeydown}
        >
          ${this.dialogOpen?this.renderBase(!0):A}
        </dialog>
      `:this.renderBase(!1)}renderBase(e){let{flow:t}=this.donation;return O`
      <div
        part="base"
        dir=${zt(this.loc)?`rtl`:`ltr`}
        lang=${this.loc}
        aria-busy=${t.name===`loading`||t.name===`idle`?`true`:`false`}
      >
        ${e?O`<div class="dialog-bar">
                <button
                  class="close"
                  aria-label=${this.t.close}
                  @click=${()=>this.closeDialog(!0)}
                >
                  ✕
                </button>
              </div>`:A}
        ${this.renderBody()}
        <footer part="footer"><slot name="footer">${this.t.poweredBy}</slot></footer>
      </div>
    `}renderBody(){let{flow:e}=this.donation;if(!Ft(this.loc))return this.renderSkeleton();switch(e.name){case`idle`:case`loading`:return this.renderSkeleton();case`misconfigured`:case`unavailable`:return O`${this.renderHeader()}${this.renderError()}`;case`error`:return e.loaded?O`${this.renderHeader()}${this.renderError()}${this.renderForm()}`:O`${this.renderHeader()}${this.renderError()}`;case`redirecting`:return O`${this.renderHeader()}${this.renderStatus(this.t.redirecting)}`;case`awaiting`:return O`${this.renderHeader()}${this.renderAwaiting()}`;case`completed`:return O`${this.renderHeader()}${this.renderThanks()}`;default:return O`${this.renderHeader()}${this.renderNotice()}${this.renderForm()}`}}renderSkeleton(){return O`
      <div class="skeleton" role="status">
        <span class="visually-hidden">${this.t.loading}</span>
        <div class="bone short" aria-hidden="true"></div>
        <div class="bone" aria-hidden="true"></div>
        <div class="bone" aria-hidden="true"></div>
        <div class="bone" aria-hidden="true"></div>
        <div class="bone" aria-hidden="true"></div>
      </div>
    `}renderHeader(){let e=this.donation.organization,t=e?.name??this.donation.config?.name;return O`
      <header part="header">
        <slot name="header">
          ${t?O`<h2 part="nonprofit" id="${this.uid}-title">
                  ${e?.logoUrl?O`<img
                          src=${e.logoUrl}
                          alt=""
                          width="40"
                          height="40"
                          referrerpolicy="no-referrer"
                        />`:A}
                  <span class="name">${t}</span>
                </h2>`:A}
        </slot>
        ${this.donation.testMode?O`<span part="test-badge" title=${this.t.testHint}>${this.t.testMode}</span>`:A}
      </header>
    `}renderError(){let e=this.donation.flow.error;if(!e)return O``;let t=e.retryable&&this.donation.flow.name===`error`;return O`
      <div part="error" role="alert">
        <p>${this.errorMessage(e.code)}</p>
        ${t?O`<button class="secondary" @click=${this.onRetry}>${this.t.tryAgain}</button>`:A}
      </div>
    `}renderNotice(){let e=this.donation.flow.notice;return e?O`<div part="error" role="alert"><p>${e===`CANCELLED`?this.t.statusCancelled:e===`REVERSED`?this.t.statusReversed:this.t.statusFailed}</p></div>`:A}renderStatus(e){return O`<div part="status" role="status"><p>${e}</p></div>`}renderAwaiting(){let e=this.donation.flow.donation?.donationLink;return O`
      <div part="status" role="status">
        <p>
          ${this.donation.popupBlocked?this.t.popupBlocked:e?this.t.awaiting:this.t.checking}
        </p>
        ${e?O`<a href=${e} target="_blank" rel="noopener noreferrer">
                ${this.t.openCheckout} <span class="visually-hidden">${this.t.newTab}</span>
              </a>`:A}
      </div>
    `}renderThanks(){let e=this.donation.status,t=this.donation.organization,n=e?.tokensAwarded,r=e?.amount,i=rt(e?.currency)?e.currency:this.safeCurrency();return O`
      <div part="status" class="success" role="status">
        <slot name="success">
          <p class="headline">${this.t.thanks}</p>
          ${r&&t?O`<p>
                  ${H(this.t.thanksDetail,{amount:this.money(r,i),nonprofit:t.name})}
                </p>`:A}
          ${typeof n==`number`?O`<p>
                  ${H(new Intl.PluralRules(this.loc).select(n)===`one`?this.t.tokensOne:this.t.tokens,{count:new Intl.NumberFormat(this.loc).format(n)})}
                </p>`:A}
        </slot>
        <button class="secondary" @click=${this.onAgain}>${this.t.donateAgain}</button>
      </div>
    `}renderForm(){let e=this.t,t=this.uid,n=this.currentAmount(),r=this.donation.flow.name===`submitting`,i=this.tipShown,a=i&&n&&this.tipPercent?Ze(n,this.tipPercent):0;return O`
      <form novalidate @submit=${this.onSubmit} aria-labelledby=${`${t}-title`}>
        <div class="group" part="amounts" role="radiogroup" aria-labelledby=${`${t}-amounts`}>
          <span class="legend" id=${`${t}-amounts`}>${e.amountGroup}</span>
          <div class="choices">
            ${this.presets.map(e=>{let t=this.minor(e);return O`<label class="choice" part="amount">
                <input
                  type="radio"
                  name="amount"
                  .value=${String(t)}
                  .checked=${L(this.preset===t)}
                  @change=${()=>this.choosePreset(t)}
                /><span>${this.money(t)}</span>
              </label>`})}
          </div>
        </div>
        <div class="field" part="custom-amount">
          <label for="other">${e.otherAmount}</label>
          <input
            id="other"
            class="text"
            type="text"
            inputmode="decimal"
            autocomplete="transaction-amount"
            .value=${L(this.custom)}
            aria-invalid=${this.customError?`true`:`false`}
            aria-describedby="other-error"
            @input=${this.onCustomInput}
            @blur=${this.onCustomBlur}
          />
          <p id="other-error" class="field-error" aria-live="polite">${this.customError}</p>
        </div>
        ${this.offered.length>1?O`<div
                class="group"
                part="frequency"
                role="radiogroup"
                aria-labelledby=${`${t}-freq`}
              >
                <span class="legend" id=${`${t}-freq`}>${e.frequencyGroup}</span>
                <div class="choices">
                  ${this.offered.map(t=>O`<label class="choice">
                        <input
                          type="radio"
                          name="frequency"
                          .value=${t}
                          .checked=${L(this.freq===t)}
                          @change=${()=>this.chooseFrequency(t)}
                        /><span>${t===`once`?e.once:e.monthly}</span>
                      </label>`)}
                </div>
              </div>`:A}
        ${i?this.renderTip():A} ${this.collectDonor?this.renderDonor():A}
        ${a&&n?O`<p class="total">
                ${H(this.freq===`monthly`?e.totalMonthly:e.total,{amount:this.money(n+a)})}
              </p>`:A}
        ${this.formError?O`<div part="error" role="alert"><p>${this.formError}</p></div>`:A}
        <button
          part="submit"
          type="submit"
          aria-disabled=${r?`true`:`false`}
          @pointerdown=${()=>this.pressingSubmit=!0}
        >
          ${n?H(this.freq===`monthly`?e.donateMonthly:e.donate,{amount:this.money(n)}):e.donateGeneric}
        </button>
      </form>
    `}renderTip(){let e=[...new Set([...Ci,this.donation.config?.tipConfig.defaultPercent??0])].sort((e,t)=>e-t),t=new Intl.NumberFormat(this.loc,{style:`percent`,maximumFractionDigits:1});return O`
      <div class="field" part="tip">
        <label for="tip"
          >${H(this.t.tipLabel,{partner:this.donation.config?.name??``})}</label
        >
        <select id="tip" @change=${this.onTipChange}>
          ${e.map(e=>O`<option value=${e} .selected=${L(e===this.tipPercent)}>
                ${e===0?this.t.tipNone:t.format(e/100)}
              </option>`)}
        </select>
      </div>
    `}renderDonor(){let e=this.t,t=(e,t,n,r)=>O`
      <div class="field">
        <label for=${e}>${t}</label>
        <input
          id=${e}
          class="text"
          type=${n}
          autocomplete=${r}
          .value=${L(this.donor[e])}
          aria-invalid=${this.donorErrors[e]?`true`:`false`}
          aria-describedby=${`${e}-error`}
          ?required=${e===`donorEmail`}
          @input=${t=>this.onDonorInput(e,t.target.value)}
        />
        <p id=${`${e}-error`} class="field-error" aria-live="polite">
          ${this.donorErrors[e]??``}
        </p>
      </div>
    `;return O`
      <fieldset class="group" part="donor">
        <legend class="legend">${e.donorGroup}</legend>
        <div class="row">
          ${t(`firstName`,e.firstName,`text`,`given-name`)}
          ${t(`lastName`,e.lastName,`text`,`family-name`)}
        </div>
        ${t(`donorEmail`,e.email,`email`,`email`)}
      </fieldset>
    `}get tipShown(){return this.tip!==`off`&&!!this.donation.config?.tipConfig.enabled}minor(e){return it(e,this.safeCurrency())}money(e,t=this.safeCurrency()){return st(e,t,this.loc)}safeCurrency(){return this.embedError?`USD`:this.currency.toUpperCase()}range(){let e=Number(this.minAmount),t=Number(this.maxAmount);return Number.isFinite(e)&&e>=0||(U(`min-amount: expected a number ≥ 0; using 1`),e=1),Number.isFinite(t)&&t>=e||(U(`max-amount: expected a number ≥ min-amount; using 100000`),t=Math.max(1e5,e)),[e,t]}initSelection(){let[e,t]=this.range(),n=an(this.amounts,Si);this.presets=n.filter(n=>n>=e&&n<=t&&Number.isFinite(n)&&this.minor(n)>0),this.presets.length<n.length&&U(`amounts: presets outside min-amount..max-amount are not shown`),this.presets.length||(this.presets=[Math.max(e,1)]),this.custom=``,this.customError=``;let r=this.amount??this.presets[0],i=Number.isFinite(r)&&r>=e&&r<=t&&this.minor(r)>0;i||U(`amount: ${r} is outside min-amount..max-amount; using ${this.presets[0]}`);let a=i?r:this.presets[0],o=this.minor(a);this.presets.some(e=>this.minor(e)===o)?this.preset=o:(this.preset=null,this.custom=ct(o,this.safeCurrency(),this.loc)),this.donor={firstName:this.firstName??``,lastName:this.lastName??``,donorEmail:this.donorEmail??``}}currentAmount(){if(this.preset!==null)return this.preset;let e=this.checkCustom();return typeof e==`number`?e:void 0}checkCustom(){let e=this.safeCurrency(),t=dt(this.custom,this.loc,e),n=this.t,r=ct(this.minor(25),e,this.loc);if(!t.ok)switch(t.reason){case`empty`:return n.errEmpty;case`negative`:return n.errNegative;case`too-precise`:{let t=B(e);return t?H(n.errTooPrecise,{digits:t}):n.errWhole}case`ambiguous`:return H(n.errAmbiguous,{example:r});default:return H(n.errInvalid,{example:r})}let[i,a]=this.range(),o=this.minor(i),s=this.minor(a),c=lt(t.minor,o,s);return c===`below-min`?H(n.errMin,{min:this.money(o)}):c===`above-max`?H(n.errMax,{max:this.money(s)}):t.minor}validate(){let e=this.preset??void 0,t=[];if(this.preset===null){let n=this.checkCustom();typeof n==`number`?e=n:(this.customError=n,this.otherInput&&t.push(this.otherInput))}if(this.collectDonor){let e=this.donor.donorEmail.trim(),n=e?wi.test(e)?void 0:this.t.errEmail:H(this.t.errRequired,{field:this.t.email});this.donorErrors=n?{donorEmail:n}:{};let r=this.renderRoot.querySelector(`#donorEmail`);n&&r&&t.push(r)}return t[0]?.focus(),t.length?void 0:e}changeDetail(e){let t={amount:e,currency:this.safeCurrency(),frequency:this.freq};return this.tipShown&&this.tipPercent!==void 0&&(t.tipPercent=this.tipPercent),t}emitChange(){let e=this.currentAmount();e!==void 0&&this.emit(new ui(this.changeDetail(e)))}choosePreset(e){this.preset=e,this.custom=``,this.customError=``,this.emitChange()}chooseFrequency(e){this.freq=e,this.emitChange()}onDonorInput(e,t){this.donor={...this.donor,[e]:t},this.donorErrors[e]&&(e!==`donorEmail`||wi.test(t.trim()))&&(this.donorErrors={...this.donorErrors,[e]:void 0})}openWindow(e){let t=e===`popup`?`popup,width=520,height=760`:``,n=null;try{n=window.open(``,`sir-donate-${this.uid}`,t)}catch{n=null}return n&&(n.opener=null),n}closeDialog(e){this.unlockScroll?.(),this.unlockScroll=void 0,this.dialog?.open&&this.dialog.close(),this.dialogOpen&&(this.dialogOpen=!1,e&&this.renderRoot.querySelector(`[part="opener"]`)?.focus())}emit(e){this.dispatchEvent(e)}openerLabel(){let e=this.donation.organization;return e?H(this.t.donateTo,{nonprofit:e.name}):this.t.donateGeneric}dialogName(){let e=this.donation.organization;return e?H(this.t.donateTo,{nonprofit:e.name}):this.t.form}errorMessage(e){let t=this.t,n={NETWORK_ERROR:t.errNetwork,TIMEOUT:t.errTimeout,RATE_LIMITED:t.errRateLimited,SERVER_ERROR:t.errServer,PARTNER_NOT_ACTIVE:t.unavailPartner,PARTNER_SUSPENDED:t.unavailPartner,DONATIONS_DISABLED:t.unavailDonations,NONPROFIT_NOT_FOUND:t.unavailNonprofit,UNSAFE_CHECKOUT_URL:t.errUnsafeLink,INVALID_CURRENCY:t.misconfigured};return this.donation.flow.name===`misconfigured`?t.misconfigured:Object.hasOwn(n,e)?n[e]:t.errGeneric}syncCustomState(){let e=this.internals?.states;if(e)try{e.clear(),e.add(this.state)}catch{}}};xi=$,xi.version=tn,xi.styles=[Wt,bi],xi.shadowRootOptions={...N.shadowRootOptions,mode:`open`},Q([P({attribute:`publishable-key`})],$.prototype,`publishableKey`,void 0),Q([P()],$.prototype,`nonprofit`,void 0),Q([P({attribute:`api-base`})],$.prototype,`apiBase`,void 0),Q([P()],$.prototype,`amounts`,void 0),Q([P({type:Number})],$.prototype,`amount`,void 0),Q([P()],$.prototype,`currency`,void 0),Q([P({type:Number,attribute:`min-amount`})],$.prototype,`minAmount`,void 0),Q([P({type:Number,attribute:`max-amount`})],$.prototype,`maxAmount`,void 0),Q([P()],$.prototype,`frequency`,void 0),Q([P()],$.prototype,`frequencies`,void 0),Q([P()],$.prototype,`provider`,void 0),Q([P()],$.prototype,`checkout`,void 0),Q([P({type:Boolean,attribute:`collect-donor`})],$.prototype,`collectDonor`,void 0),Q([P({attribute:`donor-email`})],$.prototype,`donorEmail`,void 0),Q([P({attribute:`first-name`})],$.prototype,`firstName`,void 0),Q([P({attribute:`last-name`})],$.prototype,`lastName`,void 0),Q([P({attribute:`referral-code`})],$.prototype,`referralCode`,void 0),Q([P()],$.prototype,`tip`,void 0),Q([P()],$.prototype,`locale`,void 0),Q([P({reflect:!0})],$.prototype,`theme`,void 0),Q([P({reflect:!0})],$.prototype,`layout`,void 0),Q([P({attribute:!1})],$.prototype,`appearance`,void 0),Q([P({attribute:!1})],$.prototype,`messages`,void 0),Q([F()],$.prototype,`preset`,void 0),Q([F()],$.prototype,`custom`,void 0),Q([F()],$.prototype,`customError`,void 0),Q([F()],$.prototype,`freq`,void 0),Q([F()],$.prototype,`tipPercent`,void 0),Q([F()],$.prototype,`donor`,void 0),Q([F()],$.prototype,`donorErrors`,void 0),Q([F()],$.prototype,`dialogOpen`,void 0),Q([F()],$.prototype,`formError`,void 0),Q([Be(`dialog`)],$.prototype,`dialog`,void 0),Q([Be(`#other`)],$.prototype,`otherInput`,void 0);var Ei=`sir-donate`,Di=!1;function Oi(e){let t=e??globalThis.customElements;if(!t)return;let n=t.get(Ei);n?n!==$&&n.version!==`0.1.0`&&!Di&&(Di=!0,console.warn(`<${Ei}> is already defined by version ${n.version??`unknown`}; version ${tn} was loaded too and is not used. Load the widget once per page.`)):t.define(Ei,$)}return Oi(),e.SirApiError=R,e.SirDonate=$,e.SirDonateChangeEvent=ui,e.SirDonateErrorEvent=mi,e.SirDonateLinkCreatedEvent=fi,e.SirDonateReadyEvent=li,e.SirDonateStatusEvent=pi,e.SirDonateSubmitEvent=di,e.TAG_NAME=Ei,e.VERSION=tn,e.clearCache=Jr,e.createClient=Xr,e.defineSirDonate=Oi,e})({});