/* saved page script (trimmed) */
window.__fbLocale = "lv_LV";
var __i18n = {"like":"Patīk","comment":"Komentēt","share":"Kopīgot","community":"Kopiena","groups":"Grupas","see_more":"Skatīt vairāk","write_comment":"Rakstiet komentāru…","sponsored":"Sponsorēts"};
document.addEventListener("DOMContentLoaded", function () {
  var posts = document.querySelectorAll(".post-text");
  for (var i = 0; i < posts.length; i++) {
    posts[i].setAttribute("data-ft", JSON.stringify({tn: "K", idx: i}));
  }
});
