// Facebook saved page stub
var require=window.require||function(){};window.__bigPipe={done:true};
