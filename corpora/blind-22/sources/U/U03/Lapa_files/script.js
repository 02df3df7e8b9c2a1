/* saved page helper */
window.__fb_saved=true;function likePost(id){console.log("Patīk",id);}
var labels={share:"Kopīgot",comment:"Komentēt",like:"Patīk",community:"Mēs esam kopiena, kas sadarbojas ar skolu un pašvaldību"};
