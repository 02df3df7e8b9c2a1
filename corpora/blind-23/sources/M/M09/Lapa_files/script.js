(function(){document.querySelectorAll('.react').forEach(function(r){r.title='Reakcijas';});})();
