/* saved page helper */
(function(){var l=document.querySelectorAll('.post');for(var i=0;i<l.length;i++){l[i].setAttribute('data-i',i);}})();
