// first
// second
//third
