var cfg={lang:"lv"};
