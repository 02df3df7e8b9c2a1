/* rsrc saved */ if(window.console){console.log("saved page");}
